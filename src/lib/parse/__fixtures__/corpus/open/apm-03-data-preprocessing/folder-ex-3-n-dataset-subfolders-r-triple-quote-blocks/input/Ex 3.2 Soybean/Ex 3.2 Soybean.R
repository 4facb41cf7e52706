"""
Applied Predictive Analytics

Excercises 3.2: Soybean disease prediction
A CLASSIFICATION task
- 35 predictors (nearly all categorical)
- 19 classes to predict 

"""

# The data set comes from "mlbench"
library(mlbench) # benchmark meachine learning data sets
library(ggplot2) # plotting
library(scales) # axis labels as percentages
data(Soybean) 

# A helper that draws one bar chart
# it takes a column name as a string
# bar heights shown as % rather than counts 
myplot <- function(x_string){
  ggplot(Soybean, aes_string(x =x_string)) +  
  geom_bar(aes(y = (..count..)/sum(..count..)), binwidth = 25) + 
  scale_y_continuous(labels = percent_format())
}

# Collect the column names
# any numeric column would have to be taken out first
colNam <- colnames(Soybean)

# Run myplot over every column name
plots = lapply(unique(colNam), myplot)

# gridExtra arranges the ggplots; par(mfrow) only works for base graphics
library(gridExtra)

# Everything on a single page
# do.call(grid.arrange, plots)

# Pages of smaller grids instead
multiplot <- do.call(marrangeGrob, c(plots, list(nrow = 3, ncol = 2)))
# Write the pages to a pdf in the chapter folder
ggsave("Chap3/Ex 3.2 Soybean/Category graphs.pdf", multiplot)

# SoybeanNoNA keeps only complete rows
SoybeanNoNA <- na.omit(Soybean)

# Count rows per class, before and after dropping NAs
TableClass <- table(Soybean$Class)
TableClassNoNA <- table(SoybeanNoNA$Class)

TableNA <- TableClass - TableClassNoNA

# show just the classes that lose rows
TableNA[TableNA[]>0]

# share of each such class that has missing values, in %
ClassNA <- round(TableNA[TableNA[]>0] / TableClass[TableNA[]>0] * 100)
ClassNA

# Which predictors are near-zero variance?
NearZeroVar(Soybean)

