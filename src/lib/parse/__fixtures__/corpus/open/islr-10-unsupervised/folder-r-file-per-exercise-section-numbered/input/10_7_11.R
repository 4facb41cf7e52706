# # 11. The book's website, www.StatLearning.com, offers a gene expression
# # data set (Ch10Ex11.csv) holding 40 tissue samples, each
# # measured on 1,000 genes. Samples 1 to 20 come from healthy
# # patients and samples 21 to 40 from a diseased group.

# # (a) Read the data in with read.csv(). You have to set
# # header=F.

# input_filepath = file.choose()
### Path on the silver laptop, 
input_filepath = "C:\\Users\\Austin\\Documents\\ISLR_Labs\\Ch10Ex11.csv"
x = read.csv(file = input_filepath, header = FALSE)

# # (b) Cluster the samples hierarchically with correlation-based
# # distance and plot the dendrogram. Do the genes split
# # the samples into the two groups? Does the outcome change with the
# # kind of linkage?

##  My own attempt.  Got the distance wrong.
hc.complete = hclust(dist(x), method = "complete")
hc.average = hclust(dist(x), method = "average")
hc.single = hclust(dist(x), method = "single")
hc.centroid = hclust(dist(x), method = "centroid")

par(mfrow = c(1, 1))
plot(hc.complete, main = "Complete Linkage", xlab = "", sub = "", cex = .9)
plot(hc.average, main = "Average Linkage", xlab = "", sub = "", cex = .9)
plot(hc.single, main = "Single Linkage", xlab = "", sub = "", cex = .9)
plot(hc.centroid, main = "Centroid Linkage", xlab = "", sub = "", cex = .9)


##  Now the princehonest approach.
dd = as.dist(1 - cor(x))
par(mfrow = c(1, 3))
plot(hclust(dd, method="complete"), main = "Complete Linkage")
plot(hclust(dd, method="average"), main = "Average Linkage")
plot(hclust(dd, method="single"), main = "Single Linkage")
# plot(hclust(dd, method = "centroid"), main = "Centroid Linkage")

# Cutting at the right place yields two or three sensible
#  Clusters with the "complete" or the "average" linkage method.
#   Unlike what the princehonest solution claims, the Single Leakage
#   method does not give two or three sensible clusters
#   on this data.
###  (Put in a Centroid linkage one, then ommented it out.) 

# #   (c) A collaborator asks which genes differ most
# # between the two groups. Propose a way to find out,
# # and carry it out here.

#### lifted as is from the princehonest solution.
data <- x
pr.out = prcomp(t(data))
summary(pr.out)

total_load = apply(pr.out$rotation, 1, sum)
indices = order(abs(total_load), decreasing=T)
indices[1:10]

### My guess is the last line here should be the "indices"
####  rather than the "total_load[indices]".

# total_load[indices[1:10]]