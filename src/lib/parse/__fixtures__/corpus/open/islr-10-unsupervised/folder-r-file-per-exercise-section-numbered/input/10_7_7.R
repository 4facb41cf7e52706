# 7. The chapter brought up correlation-based distance and Euclidean
# distance as two dissimilarity measures for hierarchical clustering.
# The two are in fact nearly the same: when
# every observation is centred to mean zero and standard
# deviation one, and r_ij stands for the correlation of the ith
# and jth observations, the quantity 1 - r_ij is proportional to the
# squared Euclidean distance separating the ith and jth observations.
# Demonstrate this proportionality on the USArrests data.
# Hint: dist() gives the Euclidean distance,
# and cor() gives the correlations.


library(ISLR)


x = USArrests
x['states'] = row.names(x)
y <- x[ , 1:4]

standardize <- function(dataframe_input){
  mean_values <- apply(dataframe_input, 2, mean)
  variance_values <- apply(dataframe_input, 2, var)
  std_values <- sqrt(variance_values)
  demeaned_dataframe <- sweep(dataframe_input, 2, mean_values)
  std_norm_dataframe <- sweep(demeaned_dataframe, 2, std_values, "/")
  return(std_norm_dataframe)
}

z <- standardize(y)



Euclidean_distances <- dist(y)
correlations <- cor(y)

centered_correlations <- cor(z)
centered_Euclidean_distances <- dist(z)



dim(Euclidean_distances)
length(Euclidean_distances)
dim(correlations)
dim(centered_correlations)
dim(centered_Euclidean_distances)
length(centered_Euclidean_distances)

#  Written a day later, once I had checked the
#    solutions manual.
centered_Euclidean_distances_squared = centered_Euclidean_distances ^ 2
centered_correlations_of_transpose = cor(t(z))

#  Only renaming here so the names follow the a, b
#  labels the solutions manual uses.
my_a = centered_Euclidean_distances_squared
my_b = as.dist(1- centered_correlations_of_transpose)
summary(my_b/my_a)

# The solutions manual may have to carry me the rest of the way.
#  I have all the pieces, but I can't see how to line up a
#  4 x 4 matrix against what sits in a vector of length
#  1225.


# Here is what the solutions manual gives:
#  

library(ISLR)

set.seed(1)
dsc = scale(USArrests)
#  So my "standardize()" function did the very
#   same job as the built-in "scale()" function.  Nice!


a = dist(dsc)^2
b = as.dist(1 - cor(t(dsc)))
summary(b/a)


# Another solution I came across:  
#  https://waxworksmath.com/Authors/G_M/James/Code/Chapter10/chap_10_prob_7.R
## Scale the observations themselves (not the features):
#####  To me this one answers the question as posed more directly.
USA_scaled = t(scale(t(USArrests)))

# Correlation between every sample and every other sample:
# 
Rij = cor(t(USA_scaled)) # -1 <= Rij <= +1 
OneMinusRij = 1 - Rij # 0 <= 1-Rij <= +2 
X = OneMinusRij[lower.tri(OneMinusRij)]

D = as.matrix( dist( USA_scaled )^2 )
Y = D[lower.tri(D)]

plot( X, Y )

summary( X/Y )