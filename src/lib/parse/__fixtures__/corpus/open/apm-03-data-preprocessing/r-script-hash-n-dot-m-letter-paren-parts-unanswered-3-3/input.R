#3.1
library(caret)

#install.packages("mlbench")
library(mlbench)
data(Glass)
str(Glass)
summary(Glass)
dim(Glass)
#a) vizualizations of the pred variables - how each is spread and how predictors relate

#plot every variable against every other
transparentTheme(pchSize = .7, trans = .3) 
splom(Glass,
       between = list(x = 1.2),
       type=c("p"))

xyplot(RI ~Na| Type,
       Glass,
       between = list(x = 1.2),
       type=c("p"))

#b) any outliers? any skew?
library(e1071)
#skeweness of every continous column 
apply(Glass[1:9],2,function(x) {skewness(x)}) #absolute skewnees runs from about 0.4 up to 6

#cut into tain and test
inTrain <- createDataPartition(Glass$Type, p = .8)[[1]]
glassTrain <- Glass[ inTrain, ]
glassTest  <- Glass[-inTrain, ]

dim(glassTrain)
summary(glassTest)

PP <- preProcess(glassTrain, method = "BoxCox")
glassTrainPP <- predict(PP, glassTrain)


PPt <- preProcess(glassTest, method = "BoxCox")
glassTestPP <- predict(PPt, glassTest)
#skeweness again, for comparison
apply(glassTrainPP[1:9],2,function(x) {skewness(x)}) #absolute skewnees runs from about 0.4 up to 6

Glass[1:2,-10]

#### what about a log transform
Glass2 <-data.frame(log1p(Glass[,-10]), Type= Glass[,10])
head(data.frame(Glass2))

###draw it
splom(Glass2,
      between = list(x = 1.2),
      type=c("p"))
###an improvement
apply(Glass2[1:9],2,function(x) {skewness(x)}) #skewnees has dropped

####cut into test and train

inTrain <- createDataPartition(Glass2$Type, p = .8)[[1]]
glass2Train <- Glass2[ inTrain, ]
glass2Test  <- Glass2[-inTrain, ]


#c) which transformations would help the classifier?
set.seed(1)
svnFit <- train(Type ~ . - Ba, 
                data = glassTrainPP,
                method = "svmRadial", 
                metric <- "Accuracy",
                trControl = trainControl(method = "repeatedcv", 
                                         repeats = 5,
                                         classProbs = TRUE))
svnFit

glasspred <- predict(svnFit,  glassTest)
table(glasspred,glassTest$Type)


###same again on the transformed data
glass2Train$Type=as.factor(glass2Train$Type)
summary(glass2Train)
colnames(glass2Train)=make.names(colnames(glass2Train))

set.seed(1)
svnFit2 <- train(Type ~ ., 
                data = glass2Train,
                method = "svmRadial",
                preProc = c("BoxCox","center", "scale"),
                metric <- "Accuracy",
                trControl = trainControl(method = "repeatedcv", 
                                         repeats = 5,
                                         classProbs = TRUE,
                                         savePredictions = TRUE))
svnFit2
glasspred2 <- predict(svnFit2,  glass2Test)
table(glasspred2,glass2Test$Type)
plot(svnFit2, scales = list(x = list(log = 2)))


#3.2
data(Soybean)
summary(Soybean)
levels(Soybean$Class)
#a) ferquency tables for each cathegorical pred; any degenearated ones?
library(lattice)
histogram( 
  
  as.formula(paste("~",paste(colnames(Soybean),collapse="+"))), 
  
  data= Soybean, 
  scales=list(x=list(relation="free")), 
  breaks=NULL 
) 

install.packages("tabplot")
library(tabplot)
require(ggplot2)
tableplot(Soybean)
levels(Soybean$Class)
summary(Soybean)
Phyto=subset(Soybean, Class=="downy-mildew")
length(which(is.na(Phyto$germ)))/length(Phyto$germ)

#share of missiing values in the Germ column
pr = data.frame(class=levels(Soybean$Class), pr =rep(0, length(levels(Soybean$Class))))
for (col in 1:length(levels(Soybean$Class))){
  Phyto=subset(Soybean, Class==levels(Soybean$Class)[col])
  pr[col,2]=length(which(is.na(Phyto$germ)))/length(Phyto$germ)
  
}

#drop these classes: 2-4-d-injury , cyst-nematode , herbicide-injury,  phytophthora-rot

#b) do some prediictors go missing more often, does missingness follow the class?

#for some classes nearly every variable is missing 

#c) dealing with missing data: drop them or impute
# first, throw out the classes full of missing values 
library(dplyr)
noMisisngSoybean <- Soybean[Soybean$Class !=  "2-4-d-injury" & Soybean$Class != "cyst-nematode" & Soybean$Class != "herbicide-injury" & Soybean$Class != "phytophthora-rot",]
summary(noMisisngSoybean )
tableplot(noMisisngSoybean )
pr = data.frame(class=levels(noMisisngSoybean$Class), pr =rep(0, length(levels(noMisisngSoybean$Class))))
for (col in 1:length(levels(noMisisngSoybean$Class))){
  Phyto=subset(noMisisngSoybean, Class==levels(noMisisngSoybean$Class)[col])
  pr[col,2]=length(which(is.na(Phyto$germ)))/length(Phyto$germ)
  
}
pr
library(caret)
preProcValues <- preProcess(noMisisngSoybean[,2:ncol(noMisisngSoybean)] , method = c("bagImpute"))#fails on factor columns
#install.packages("mice")
library(mice)


tempData <- mice(noMisisngSoybean,m=5,maxit=50,meth='polyreg',seed=500)
summary(tempData)
completed <-complete(tempData,1)
summary(completed)
tableplot(completed)
#diaporthe-pod-&-stem-blight is 40% missing, thoses can me imputed 
#3.3
library(caret)
data(BloodBrain)
#b) how are they distributed?
#c) are predictors strongly related? ways to cut correlation? what happens to the predictor count for modeling?
