## 7. The chapter brought up two dissimilarity measures for hierarchical clustering, correlation-based distance
## and Euclidean distance. These two are close to the same thing: once every
## observation is centred to mean zero and standard deviation one, and rij stands for the
## correlation of the ith and jth observations, 1 − rij is proportional to the squared
## Euclidean distance separating the ith and jth observations.
## Use the USArrests data to demonstrate this proportionality.
scaled_arrests <- scale(USArrests)
cor(scaled_arrests[1,], scaled_arrests[2,])
## [1] 0.2861692

sapply(data.frame(x=scaled_arrests[1,], y=scaled_arrests[2,]),  FUN=dist)
1 - sum(sapply(data.frame(x=scaled_arrests[1,], y=scaled_arrests[2,]),  FUN=dist))
## [1] -16.76353
# My attempt does not end up demonstrating the proportionality.


## . Equation 10.8 in Section 10.2.3 gave a formula for computing the PVE. The sdev output of prcomp() was also shown to give the PVE.

## Compute the PVE for the USArrests data by two routes:
## (a) Through the sdev output of prcomp(), the way Section 10.2.3 did it.
pr.out_a <- prcomp(USArrests, center=TRUE, scale=TRUE)
pve=100*pr.out_a$sdev^2/sum(pr.out_a$sdev^2)
pve

## (b) Straight from Equation 10.8. In other words, get the principal component loadings from prcomp().
## Next, plug those loadings into Equation 10.8 to get the PVE.
## Both routes ought to agree.
pr.out_b <- prcomp(USArrests, center=TRUE, scale=TRUE)

sum((pr.out_b$x[,1]*USArrests)^2)
sum((USArrests^2))

## 9. Take the USArrests data. Here the states are clustered hierarchically.
## (a) Cluster the states by hierarchical clustering with complete linkage and Euclidean distance.

us.cluster.complete <- hclust(dist(USArrests), method='complete')
plot(us.cluster.complete)

## (b) Cut the dendrogram at the height that gives three separate clusters. Which cluster does each state land in?
cutree(us.cluster.complete, 3)
 ##       Alabama         Alaska        Arizona       Arkansas     California
 ##             1              1              1              2              1
 ##      Colorado    Connecticut       Delaware        Florida        Georgia
 ##             2              3              1              1              2
 ##        Hawaii          Idaho       Illinois        Indiana           Iowa
 ##             3              3              1              3              3
 ##        Kansas       Kentucky      Louisiana          Maine       Maryland
 ##             3              3              1              3              1
 ## Massachusetts       Michigan      Minnesota    Mississippi       Missouri
 ##             2              1              3              1              2
 ##       Montana       Nebraska         Nevada  New Hampshire     New Jersey
 ##             3              3              1              3              2
 ##    New Mexico       New York North Carolina   North Dakota           Ohio
 ##             1              1              1              3              3
 ##      Oklahoma         Oregon   Pennsylvania   Rhode Island South Carolina
 ##             2              2              3              2              1
 ##  South Dakota      Tennessee          Texas           Utah        Vermont
 ##             3              2              2              3              3
 ##      Virginia     Washington  West Virginia      Wisconsin        Wyoming
 ##             2              2              3              3              2

## (c) Cluster the states hierarchically again with complete linkage and Eu clidean distance,
## this time once the variables are scaled to standard deviation one.
us.cluster.scaled.complete <- hclust(dist(scale(USArrests)), method='complete')
plot(us.cluster.scaled.complete)

## (d) How does scaling the variables change the hierarchical clustering you get? Do you think
## the variables ought to be scaled before computing the dissimilarities between observations? Give reasons for your view.
par(mfrow=c(1,2))
plot(us.cluster.complete, main='Unscaled observations')
plot(us.cluster.scaled.complete, main='Scaled observations')
# To my eye the scaled data gives the better clusters. Alaska now lands nearer
# to the other high-murder states (Alabama, Louisiana, Georgia, and so on).

## 10. This problem has you simulate data and then run PCA and K-means clustering on it.
## (a) Simulate a data set of 50 variables with 20 observations in each of three classes (60 observations in all).
class_a <- matrix(runif(1000, min=0, max=2400), nrow=20, ncol=50)
class_b <- matrix(runif(1000, min=-1400, max=9999), nrow=20, ncol=50)
class_c <- matrix(runif(1000, min=1600, max=4800), nrow=20, ncol=50)
made_up_data <- rbind(class_a, class_b, class_c)

## (b) Run PCA on the 60 observations and plot the score vectors of the first two principal components.
## Colour each of the three classes differently. Should the classes look separated in this plot, move
## on to part (c). Otherwise go back to part (a) and change the simulation to separate the three classes
## more. Hold off on part (c) until the three classes come out at least partly apart
## in the first two principal component score vectors.

pca <- prcomp(made_up_data)

Cols = function(vec) {
   cols=rainbow(length(unique(vec)))
   return(cols[as.numeric(as.factor(vec))])
}
plot(pca$x[,1:2], col=Cols(made_up_data), pch=36)

## (c) Run K-means clustering on the observations with K = 3. How closely do the K-means clusters
## match the true class labels?

kmeans(made_up_data, 3, nstart=80)$cluster
##  [1] 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 3 1 3 1 3 1 1 3 1 1 3 1 1 1 3 3 3 1
## [39] 3 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
# Telling the second class from the third gives it trouble.

## (d) Run K-means clustering with K = 2 and describe what you find.
##  [1] 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2
## [39] 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2
kmeans(made_up_data, 2, nstart=80)$cluster
# Classes 2 and 3 get merged into one cluster.

## (e) Next run K-means clustering with K = 4 and describe what you find.
kmeans(made_up_data, 4, nstart=80)$cluster
##  [1] 3 3 3 3 3 3 3 3 3 3 3 3 3 3 3 3 3 3 3 3 2 1 2 4 1 1 1 2 4 1 2 1 1 1 1 2 2 4
## [39] 2 4 4 4 4 4 4 4 4 4 4 4 4 4 4 4 4 4 4 4 4 4
# Classes 1 and 3 still come out cleanly apart, yet class 2 gets spread
# over three of the clusters.

## (f) Next run K-means clustering with K = 3 on the first two principal component score vectors
## in place of the raw data. So the K-means input is the 60 × 2 matrix whose first column holds the
## first principal component score vector and whose second column holds the second principal
## component score vector. Remark on what you get.
pcomp.vectors <- data.frame(x=(pca$x[,1], y=pca$x[,2]))
kmeans(pcomp.vectors, 3, nstart=80)$cluster
##  [1] 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 3 1 1 1 1 1 1 1 1 1 3 1 1 1 1 3 3 1
## [39] 3 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1
# The result looks much like our earlier k=3 kmeans run.  So the book has a point - PCA
# captures most of the variance in this data!

## (g) With the scale() function, run K-means clustering with K = 3 after scaling every
## variable to standard deviation one. How do the results stack up against those from (b)? Explain why.
kmeans(scale(made_up_data, center=TRUE, scale=TRUE), 3, nstart=80)$cluster
##  [1] 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 3 2 3 2 3 2 2 3 2 2 3 2 2 3 2 3 3 2
## [39] 3 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2
# That comes quite near the true classes.

## 11. The book's website, www.StatLearning.com, offers a gene expression data set (Ch10Ex11.csv)
##  holding 40 tissue samples measured on 1,000 genes. Samples 1 to 20 come from healthy
##  patients and samples 21 to 40 come from a diseased group.
## (a) Read the data in with read.csv(). Set header=F when you do.
genes <- read.csv('~/Documents/intro_to_statistical_learning/ch10ex11.csv', header=FALSE)

## (b) Cluster the samples hierarchically with correlation-based distance and plot the dendrogram.
## Do the genes split the samples into the two groups? Does the kind of linkage change the outcome?
cor.dist <- as.dist(1-cor(genes)) # why 1 - ?
par(mfrow=c(2,2))
plot(hclust(cor.dist, method='complete'), main='Hierarchical cluster using complete linkage')
plot(hclust(cor.dist, method='single'), main='Hierarchical cluster using simple linkage')
plot(hclust(cor.dist, method='average'), main='Hierarchical cluster using average linkage')
plot(hclust(cor.dist, method='centroid'), main='Hierarchical cluster using centroid linkage')
# Yes.  Yes - the simple linkage dendrogram is hard to make sense of.

## (c) A collaborator asks which genes differ most between the two groups.
## Propose a way to find out, and carry it out here.
I took the largest distance , then found that entry in the distance matrix:
max(cor.dist)
1-cor(genes)
## [1] 1.098712
## V20 vs V31
