"""
Applied Predictive Analytics

Excercises 3.3: Predicting a chemical property 
from the make-up of each compound

QSAR problem
- 208 compounds
- 134 molecular descriptors 

"""
library(caret) # caret holds the data
data(BloodBrain) # fetch BloodBrain

Data <- bbbDescr
library(e1071)
library(ggplot2)

"""
DISTRIBUTION OF EACH DESCRIPTOR
"""
# Helper: histogram plus density with skew in the title
PlotSkew <- function(x_string){
  plot_title <- paste("Skew ", round(skewness(Data[, x_string]),2))
  m <- ggplot(Data, aes_string(x = x_string))
  m + geom_histogram(aes(y = ..density..)) +
    geom_density() + theme_minimal()+ labs(title = plot_title)
}

colNam <- colnames(Data) # every descriptor name
plots = lapply(unique(colNam), PlotSkew) # one plot per descriptor

# Arrange them in grids
multiplot <- do.call(marrangeGrob, c(plots, list(nrow = 3, ncol = 2)))
# Write the grids to a PDF
ggsave("Chap3/Ex 3.3 BloodBrain/Hist graphs.pdf", multiplot)


"""
LOOKING FOR NEAR ZERO VARIANCE
"""
NearZero <- nearZeroVar(Data) # six descriptors flagged
DataNoZeroVar <- Data[, -NearZero] # drop those six

"""
CORRELATIONS BETWEEN DESCRIPTORS
"""
# psych was meant for the correlation matrix; corrplot draws it
library(corrplot)
correlations <- cor(DataNoZeroVar)

library(Cairo) #sharp, large image output
Cairo(2000, 1800, file="Chap3/Ex 3.3 BloodBrain/corrplot2.png", type="png", bg="white")
corrplot(correlations, order ="hclust", 
         method = "square", addrect = 10) # picture of the correlations
dev.off()

# Blank out correlations that are not significant
cor.mtest <- function(mat, conf.level = 0.95){
  mat <- as.matrix(mat)
  n <- ncol(mat)
  p.mat <- lowCI.mat <- uppCI.mat <- matrix(NA, n, n)
  diag(p.mat) <- 0
  diag(lowCI.mat) <- diag(uppCI.mat) <- 1
  for(i in 1:(n-1)){
    for(j in (i+1):n){
      tmp <- cor.test(mat[,i], mat[,j], conf.level = conf.level)
      p.mat[i,j] <- p.mat[j,i] <- tmp$p.value
      lowCI.mat[i,j] <- lowCI.mat[j,i] <- tmp$conf.int[1]
      uppCI.mat[i,j] <- uppCI.mat[j,i] <- tmp$conf.int[2]
    }
  }
  return(list(p.mat, lowCI.mat, uppCI.mat))
}

res1 <- cor.mtest(DataNoZeroVar, 0.95)
Cairo(2000, 1800, file="Chap3/Ex 3.3 BloodBrain/corrplot3.png", type="png", bg="white")
corrplot(correlations, p.mat = res1[[1]], 
         order ="hclust", insig = "blank", addrect=10)
dev.off()

"""
TRANSFORMING THE DESCRIPTORS
"""
# Box-Cox, centre, scale
Transformation <- preProcess(DataNoZeroVar, 
                    method = c("BoxCox", "center", "scale"))
# the transformed descriptors
DataTrans <- predict(Transformation, DataNoZeroVar)

CorrTrans <- cor(DataTrans) # correlations after transforming

"""
HISTOGRAMS AFTER TRANSFORMING
"""
colNam2 <- colnames(DataTrans) # names again
plots2 = lapply(unique(colNam2), PlotSkew) # one plot per transformed descriptor

# grids again
multiplot2 <- do.call(marrangeGrob, c(plots2, list(nrow = 3, ncol = 2)))
# PDF of the transformed histograms
ggsave("Chap3/Ex 3.3 BloodBrain/Hist graphs_Trans.pdf", multiplot2)

"""
CORRELATIONS OF THE TRANSFORMED DESCRIPTORS
"""  

# First picture
Cairo(2000, 1800, file="Chap3/Ex 3.3 BloodBrain/corrTrans1.png", type="png", bg="white")
corrplot(CorrTrans, order ="hclust", addrect = 10) 
dev.off()

# Second picture, squares
Cairo(2000, 1800, file="Chap3/Ex 3.3 BloodBrain/corrTrans2.png", type="png", bg="white")
corrplot(CorrTrans, order ="hclust", method ="square", 
         addrect = 10) 
dev.off()

# Third picture, significant ones only
resTrans1 <- cor.mtest(DataTrans, 0.95)
Cairo(2000, 1800, file="Chap3/Ex 3.3 BloodBrain/corrTrans3.png", type="png", bg="white")
corrplot(CorrTrans, p.mat = resTrans1[[1]], 
         order ="hclust", insig = "blank", addrect=10)
dev.off()

# How many Varibles are highly correlated?
highCorr <- findCorrelation(CorrTrans, cutoff = .75)
length(highCorr)