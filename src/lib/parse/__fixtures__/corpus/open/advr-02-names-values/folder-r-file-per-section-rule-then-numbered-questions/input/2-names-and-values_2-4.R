library("lobstr")

# lobstr::obj_size() reports how much memory an object takes
obj_size(letters)
obj_size(ggplot2::diamonds)

# list elements are references, and references are tiny
x <- runif(1e6)
obj_size(x)
y <- list(x, x, x)
obj_size(y)

# a list with 3 empty elements takes 80 bytes
obj_size(list(NULL, NULL, NULL))

# R keeps one global string pool 
# so repeated strings cost less memory than you'd think
banana <- "bananas bananas bananas"
obj_size(banana)
obj_size(rep(banana, 100))

# with shared values, size(x) + size(y) can be less than size(x, y)
obj_size(x, y)

# newer R versions have an alternative representation
# which stores some vectors much more compactly
# a sequence is kept as just its first and last number
# so every sequence takes the same memory
obj_size(1:3)
obj_size(1:1e3)
obj_size(1:1e6)
obj_size(1:1e9)

# -------------------------------------------------------------------------

# 1. Why do object.size(y) and obj_size(y) disagree so much in this
# example? Check what the object.size() documentation says.
y <- rep(list(runif(1e4)), 100)
object.size(y)
obj_size(y)

# object.size misses elements that a list shares
# it only gives a rough idea of the memory

# obj_size takes every kind of shared value into account
# and counts the environments that belong to objects


# 2. Why is the size of this list a bit misleading?
funs <- list(mean, sd, var)
obj_size(funs)
obj_size(list(NULL, NULL, NULL))
obj_size(mean)
obj_size(sd)
obj_size(var)

# mean, sd, and var ship with R as built-in functions and cost no
# extra memory the way functions and variables you define yourself do


# 3. Guess what this code prints:
a <- runif(1e6)
obj_size(a)

# an empty list and an empty double vector are 48 bytes each
obj_size(list())
obj_size(double())

# one double adds 8 bytes
obj_size(double(1))

# a million doubles come to (1,000,000) * 8 + 48 bytes
obj_size(a)


b <- list(a, a)
obj_size(b)
obj_size(a, b)

# both elements of the list b point at one address
ref(a, b)

# b takes 48 bytes for the list + 16 bytes (8 per element) + the size of a
# which adds up to 8,000,064 bytes
obj_size(b)

b[[1]][[1]] <- 10
obj_size(b)
obj_size(a, b)

# copy-on-modify kicks in and a new double of 8,000,048 bytes appears
# b is now 64 bytes for a length-2 list + 16,000,096 (2 doubles)
# which adds up to 16,000,160 bytes

b[[2]][[1]] <- 10
obj_size(b)
obj_size(a, b)

# copy-on-modify again, and b shares nothing with a any more
# b and a together come to 24,000,208 bytes
