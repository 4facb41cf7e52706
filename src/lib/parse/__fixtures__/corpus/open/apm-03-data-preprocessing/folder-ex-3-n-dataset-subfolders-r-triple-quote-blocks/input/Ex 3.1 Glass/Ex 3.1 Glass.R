# Chapter 3 (Excercise 1)

# Bring in the ML benchmark collection
# then the Glass data set
library(mlbench)
data(Glass) # 214 rows, 10 columns
str(Glass)

library(e1071)
skewness(Glass$RI)
hist(Glass$RI)

# Names of the columns
colNam <- colnames(Glass)

# Grid of histograms (shape) with skewness in each title
par(mfrow=c(3, 3)) # 3 X 3 grid of panels
for(i in 1:9) {
  hist(Glass[, i], 
       main = paste(colNam[i], "Skew", 
                    round(skewness(Glass[, i]), 2)))
}       
      
par(mfrow=c(1, 1)) # Back to one panel

# Five-number summaries for every Glass column
summary(Glass)

# Percent frequencies for Ba and Fe
histogram(~Ba + Fe, data = Glass, Type = "percent" )

# Ba is a candidate for removal: near zero variance, only 15% distinct values
# Fe is a candidate for removal too: near zero variance, only 10% distinct values

# Pairwise scatter plots with ggplot2
library(ggplot2)
plotmatrix(Glass[, 1:9], mapping = aes(), colour = "black")

# Matrix of correlations
Correlation <- cor(Glass[, 1:9])
round(Correlation, 2)

# Bring in corrplot
library(corrplot)
corrplot(Correlation, order = "hclust") 
# Rl and Ca move together strongly

# Drop the Type factor (and Ba, Fe) into a fresh data frame
GlassData <- Glass[, -(8:10)]

# Skewness of each column
skewvalues <- apply(GlassData, 2, skewness)
skewvalues

# Box Cox, then centre and scale, so the numbers behave better
library(caret)
trans <- preProcess(GlassData,
                    method = c("BoxCox", "center", "scale"))
transformed <- predict(trans, GlassData)
skewvaluesTrans <- apply(transformed, 2, skewness)
skewvaluesTrans

# Principal components
GlassData_Rl_Ca <- GlassData[, -(2:6)]
pcaobject <- prcomp(GlassData_Rl_Ca,
                    center = TRUE, scale. = TRUE)

percentVariance <- pcaobject$sd^2/sum(pcaobject$sd^2)*100
percentVariance[1:2] # the first component carries about 90% of the variance

# Principal components on all 7 columns
pcaobjectNew <- prcomp(GlassData,
                    center = TRUE, scale. = TRUE)

percentVarianceNew <- pcaobjectNew$sd^2/sum(pcaobjectNew$sd^2)*100
percentVarianceNew[1:5]
sum(percentVarianceNew[1:5]) # 98% of the variance sits in the first 5 components
pcaobjectNew$rotation[, 1:5] # the weights


