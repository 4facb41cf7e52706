# 10. This problem has you simulate some data,
#   then run PCA and K-means clustering on it.


###  This time through I went straight to the solutions at
#  http://blog.princehonest.com/stat-learning/ch10/10.html
#   instead.

# (a) Simulate a data set of 50 variables with 20 observations in
#  each of three classes (60 observations in all).
#     Hint: R has several functions that can
#     produce data. rnorm() is one of them; runif() would
#     also do. Remember to shift the mean of the observations
#     in each class so that three separate classes appear.

# Making random data (taken from sol:  (http://blog.princehonest.com/stat-learning/ch10/10.html))
x = matrix(rnorm(20*3*50, mean=0, sd=0.001), ncol=50)
x[1:20, 2] = 1
x[21:40, 1] = 2
x[21:40, 2] = 2
x[41:60, 1] = 1
# x[1:20, 2] = x[1:20, 2] + 1
# x[21:40, 1] = x[21:40, 1] + 2
# x[21:40, 2] = x[21:40, 2] + 2
# x[41:60, 1] = x[41:60, 1] + 1




# #  My version apparently failed :(
####  What I did was really a change of scale rather than of mean.
###  Or it was a mean shift in the narrow sense, but the book must
#### have meant something different.  Moving every point
####  of every variable in a class by 1, 10, or 100 does
####  not have to make the vectors differ at all.  That is why this
####  version had points from every class mixed together all over.
# # shift the mean of each class
#  Class 1 gets shift = 1
#  Class 2 gets shift = 10
#  Class 3 gets shift = 100
# x
# x[1:20, ] = x[1:20, ] + 1
# x[21:40, ] = x[21:40, ] + 10
# x[41:60, ] = x[41:60, ] + 100

# # Looking at the random data after the mean shift.
# print(x)


# (b) Run PCA on the 60 observations and plot the score vectors of the
# first two principal components. Give the observations of each of
# the three classes their own colour. When the three classes
# look separated in the plot, go on to part (c). When
# they do not, go back to part (a) and change the simulation so
# the three classes sit further apart. Do not
# move on to part (c) before the three classes are at least somewhat
# apart in the first two principal component score vectors.

pca_noscale = prcomp(x, scale = FALSE)
pca_scale = prcomp(x, scale = TRUE)

pca_noscale$x[, c(1,2)]
plot(pca_noscale$x[ , c(1, 2)], col = 1:3, xlab="Z1", ylab="Z2", pch = 19)


# (c) Run K-means clustering on the observations with K = 3.
# How closely do the clusters that K-means gives you
# match the true class labels?
#   Hint: table() in R can set the true
# class labels beside the labels the clustering produced. Read
# the output with care: K-means numbers its clusters in an arbitrary
# order, so just checking whether the true
# labels and the cluster labels are equal will not do.
k = 3
km.out = kmeans(x, k, nstart = 20)
plot(x,
     col = (km.out$cluster + 1), 
     main = paste0("K - Means Clustering Results with K = ", k),
     xlab = "",
     ylab = "",
     pch = 20,
     cex = 2)
table(km.out$cluster, c(rep(1, 20), rep(2, 20), rep(3, 20)))
km.out$cluster

# (d) Run K-means clustering with K = 2. Describe what you find.

k = 2
km.out = kmeans(x, k, nstart = 20)
plot(x,
     col = (km.out$cluster + 1), 
     main = paste0("K - Means Clustering Results with K = ", k),
     xlab = "",
     ylab = "",
     pch = 20,
     cex = 2)
table(km.out$cluster, c(rep(1, 20), rep(2, 20), rep(3, 20)))
km.out$cluster
sort(km.out$cluster)

# (e) Next run K-means clustering with K = 4 and describe what
# you find.

k = 4
km.out = kmeans(x, k, nstart = 20)
plot(x,
     col = (km.out$cluster + 1), 
     main = paste0("K - Means Clustering Results with K = ", k),
     xlab = "",
     ylab = "",
     pch = 20,
     cex = 2)
table(km.out$cluster, c(rep(1, 20), rep(2, 20), rep(3, 20)))
km.out$cluster
sort(km.out$cluster)

# (f) Next run K-means clustering with K = 3 on the first two
# principal component score vectors in place of the raw data.
# So K-means is run on the 60 × 2 matrix whose
# first column holds the first principal component score
# vector and whose second column holds the second principal component
# score vector. Remark on what you get.

pca.out <- pca_noscale
km.out = kmeans(pca.out$x[ ,1:2], 3, nstart=20)
table(km.out$cluster, c(rep(1, 20), rep(2, 20), rep(3, 20)))

# Same as the first c -- matches perfectly.

# (g) With the scale() function, run K-means clustering with
# K = 3 after scaling every variable to standard
# deviation one. How do these results stack up against those from
# (b)? Explain why.

km.out = kmeans(scale(x), 3, nstart=20)
sort(km.out$cluster)