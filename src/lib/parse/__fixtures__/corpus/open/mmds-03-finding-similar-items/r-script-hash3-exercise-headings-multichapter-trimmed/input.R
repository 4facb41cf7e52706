#### == MMDS - Book Exercises ==

### Exercise 3.1.1
# For each pair of the three sets below, find the Jaccard similarity:
# {1, 2, 3, 4}, {2, 3, 5, 7}, and {2, 4, 6}.

a <- c(1, 2, 4, 5)
b <- c(2, 3, 5, 7)
c <- c(2, 4, 6)

jaccardSimPair1 <- length(intersect(a, b)) / length(union(a, b))
jaccardSimPair2 <- length(intersect(a, c)) / length(union(a, c))
jaccardSimPair3 <- length(intersect(b, c)) / length(union(b, c))

### Exercise 3.1.2
# For each pair of the three bags below, find the Jaccard bag similarity: 
# {1, 1, 1, 2}, {1, 1, 2, 2, 3}, and {1, 2, 3, 4}.

a <- c(1, 1, 1, 2)
b <- c(1, 1, 2, 2, 3)
c <- c(1, 2, 3, 4)

# Worked example that builds bagIntersect1

bagIntersect <- function(x, y) {
  intersect <- intersect(x, y)
  bagIntersect <- c()
  for (i in intersect) {
    a <- x[x == i]  
    b <- y[y == i]
    value <- min(length(a), length(b))
    bagIntersect <- c(bagIntersect, rep(i, value))
  }
  return(bagIntersect)
}

bagUnion1 <- c(a, b)
bagUnion2 <- c(a, c)
bagUnion3 <- c(c, b)

bagIntersect1 <- bagIntersect(a, b)
bagIntersect2 <- bagIntersect(a, c)
bagIntersect3 <- bagIntersect(c, b)

jaccardBagSim1 <- length(bagIntersect1) / length(bagUnion1) # 0.33
jaccardBagSim2 <- length(bagIntersect2) / length(bagUnion2) # 0.25
jaccardBagSim3 <- length(bagIntersect3) / length(bagUnion3) # 0.33

### Exercise 3.1.3
# Take a universal set U holding n elements and pick two random subsets S and T, 
# each holding m of those n elements. What Jaccard similarity of S and T do we expect?

# 1 - Chance an element lands in S: m / n
# 2 - Chance an element lands in T: m / n
# 3 - Chance it lands in both S and T (commonElements): (m / n) * (m / n) = m^2 / n^2
# 4 - commonElements / (length(S) + length(T) - commonElements)
# 5 - Which is just: intersect / union
# 6 - The commonElements must be taken off once, or the union counts them two times!

### Exercise 3.2.1
# Which ten 3-shingles open the first sentence of Section 3.2?

sentence <- "The most effective way to represent documents as sets, for the purpose of identifying lexically similar documents is to construct from the document the set of short strings that appear within it."
shingles <- c()

for (i in 1:(nchar(sentence) - 2)) {
  shingles[i] <- substring(sentence, i, (i+2))
}

shingles[1:10]

### Exercise 3.2.2
# Using the stop-word shingles of Section 3.2.4, with every word of
# three letters or fewer counted as a stop word, which shingles
# does the first sentence of Section 3.2 give?

### Exercise 3.2.3
# At most how many k-shingles can a document of n
# bytes have? Take the alphabet to be big enough
# that there are at least n possible strings of length k.

# Solution: n - k + 1
# Check:

n <- nchar(sentence)
k <- 3

length(shingles) # 193
n - k + 1 # 193

