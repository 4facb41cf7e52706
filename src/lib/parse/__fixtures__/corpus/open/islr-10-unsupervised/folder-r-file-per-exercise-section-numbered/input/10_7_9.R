# 9. Take the USArrests data. Next the states are clustered
# hierarchically.

library(ISLR)
my_data = USArrests

# (a) Cluster the states by hierarchical clustering with
# complete linkage and Euclidean distance.

hc_complete = hclust(dist(my_data), method = "complete")


# (b) Cut the dendrogram at the height that leaves three separate
# clusters. Which cluster does each state fall in?

plot(hc_complete, main = "Complete Linkage", xlab = "", sub = "", cex = 0.9)
three_clusters_hierarchical_complete = cutree(hc_complete, 3)

# Quick way to look at it
sort(three_clusters_hierarchical_complete)


# Slower way to look at it (wasteful in both run time and lines of code, and the output is still not very pretty.)
in_1_num = 0
in_2_num = 0
in_3_num = 0
for (i in 1:length(three_clusters_hierarchical_complete)){
  if (three_clusters_hierarchical_complete[i] == 1){
    in_1_num = in_1_num + 1
  }
  else if (three_clusters_hierarchical_complete[i] == 2){
    in_2_num = in_2_num + 1
  }
  else if (three_clusters_hierarchical_complete[i] == 3){
    in_3_num = in_3_num + 1
  }
}

in_1_list = vector(mode = "list", length = in_1_num)
in_2_list = vector(mode = "list", length = in_2_num)
in_3_list = vector(mode = "list", length = in_3_num)

in_1_pos  = 1
in_2_pos  = 1
in_3_pos  = 1
  
for (i in 1:length(three_clusters_hierarchical_complete)){
  if (three_clusters_hierarchical_complete[i] == 1){
    in_1_list[in_1_pos] = names(three_clusters_hierarchical_complete[i])
    in_1_pos = in_1_pos + 1
  }
  else if (three_clusters_hierarchical_complete[i] == 2){
    in_2_list[in_2_pos] = names(three_clusters_hierarchical_complete[i])
    in_2_pos = in_2_pos + 1
  }
  else if (three_clusters_hierarchical_complete[i] == 3){
    in_3_list[in_3_pos] = names(three_clusters_hierarchical_complete[i])
    in_3_pos = in_3_pos + 1
  }
}

print("States in group 1 include:  ")
for (item in in_1_list){
  print(item)
}

print("States in group 2 include:  ")
for (item in in_2_list){
  print(item)
}

print("States in group 3 include:  ")
for (item in in_3_list){
  print(item)
}


# (c) Cluster the states hierarchically with complete linkage and Euclidean
# distance once the variables are scaled to standard deviation
# one.

# looking at mean and variance of the raw data
apply(my_data, 2, mean)
apply(my_data, 2, var)
variance(my_data)

# Scale the data
scaled_my_data = scale(my_data)

# looking at mean and variance after scaling
apply(scaled_my_data, 2, mean)
apply(scaled_my_data, 2, var)

# Cluster the scaled data
scaled_hc_complete = hclust(dist(scaled_my_data), method = "complete")

# (d) How does scaling the variables change the hierarchical
# clustering you get? Do you think the variables ought to be
# scaled before computing the dissimilarities between observations?
#   Give reasons for what you answer.

plot(scaled_hc_complete, main = "Complete Linkage, Scaled", xlab = "", sub = "", cex = 0.9)

# Scaling gives a nicer looking tree.  Standardizing is the right call since UrbanPop is measured
#   in other units than the remaining variables.
