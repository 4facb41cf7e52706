library("lobstr")

# copy-on-modify has two exceptions where R modifies in place
# an object with just one name bound to it gets changed in place
# an environment is always changed in place

v <- c(1, 2, 3)
ref(v)
cat(tracemem(v), "\n")

v[[3]] <- 4
ref(v)

# whether R really modifies in place as an optimization is not guaranteed
# R keeps reference counts of 0, 1, or many bindings per object
# take one binding away from an object that had 2
# and R still counts it as having "many"
# which is why objects with a single binding can still be copied

# most function calls add a reference to the object
# except the primitive C functions of the base package

# R for loops are often slow because every pass makes copies
x <- data.frame(matrix(runif(5 * 1e4), ncol = 5))
medians <- vapply(x, median, numeric(1))

for (i in seq_along(medians)){
  x[[i]] <- x[[i]] - medians[[i]]
}

# each pass copies the data frame three times
# [[]] causes two of them, and the third comes
# from x's reference count going up by 1 when [[]] is used
cat(tracemem(x), "\n")
for (i in 1:5){
  x[[i]] <- x[[i]] - medians[[i]]
}
untracemem(x)

# using a list rather than a data frame cuts down the copies
# lists are modified in C code, which leaves the reference count alone
y <- as.list(x)
cat(tracemem(y), "\n")

for (i in 1:5){
  y[[i]] <- y[[i]] - medians[[i]]
}

# spotting a copy is easy, avoiding it is hard
# moving the function to C++ can be a way out of the copies

# environments never get copied on modify, more on that in chapter 7
# reference semantics - every binding to an environment
# still refers to it after the environment has been changed

e1 <- rlang::env(a = 1, b = 2, c = 3)
e2 <- e1

# change c through e1, then read the new value through e2
e1$c <- 4
e2$c

# handy for functions that "remember" an earlier state

# an environment can even contain itself
e <- rlang::env()
e$self <- e
ref(e)

# the garbage collector releases memory by removing objects no one uses
# R's collector is a tracing one: it finds every object reachable
# from the global environment by following references recursively

# GC starts by itself each time a new object needs memory
# gcinfo(TRUE) prints a message every time the collector runs

# gc() forces a collection, though you never have to
# it can help to hand memory back to the OS for other programs
# or to see how much memory R is using at the moment
gc()

# lobstr::mem_used() wraps gc() and prints the total bytes in use
mem_used()

# the two functions report different numbers for several reasons

# mem_used() counts objects R made that the R interpreter didn't

# neither R nor the OS takes memory back before it is needed
# R can keep memory until the OS asks for it

# fragmentation - holes left in memory
# where objects were deleted

# -------------------------------------------------------------------------

# 1. Why is the list made by this code not circular?
x <- list()
obj_addr(x)
tracemem(x)
x[[1]] <- x
obj_addr(x)
obj_addr(x[[1]])

# modifying the list copies it, so x now names the copy
# while x[[1]] is the old empty list, x as it was before the change

# 2. Put the two ways of subtracting medians into two functions,
# then compare how fast they are with the bench package.
# What happens to performance as the number of columns grows?

# makes a random dataframe
create_random_df <- function(nrow, ncol) {
  random_matrix <- matrix(runif(nrow * ncol), nrow = nrow)
  as.data.frame(random_matrix)
}

# subtracts the medians column by column from a data frame
subtract_df <- function(x, medians) {
  for (i in seq_along(medians)) {
    x[[i]] <- x[[i]] - medians[[i]]
  }
  x
}

# subtracts the medians from a list
subtract_list <- function(x, medians) {
  x <- as.list(x)
  x <- subtract_df(x, medians)
  list2DF(x)
}

benchmark_medians <- function(ncol) {
  df <- create_random_df(nrow = 1e4, ncol = ncol)
  medians <- vapply(df, median, numeric(1), USE.NAMES = FALSE)
  
  bench::mark(
    "data frame" = subtract_df(df, medians),
    "list" = subtract_list(df, medians),
    time_unit = "ms"
  )
}

benchmark_medians(1)

results <- bench::press(
  ncol = c(1, 10, 50, 100, 250, 300, 400, 500, 750, 1000),
  benchmark_medians(ncol)
)

library(ggplot2)

ggplot(
  results,
  aes(ncol, median, col = attr(expression, "description"))
) +
  geom_point(size = 2) +
  geom_smooth() +
  labs(
    x = "Number of Columns",
    y = "Execution Time (ms)",
    colour = "Data Structure"
  ) +
  theme(legend.position = "top")

# working on the data frame directly gets slower
# the more columns there are

# 3. What does tracemem() do when you call it on an environment?
e <- rlang::env()
tracemem(e)

# it throws an error - tracemem is no use for environments
# since an environment is always modified in place anyway

# Quiz answers

# 1. Non-syntactic names have to be quoted with backticks.
df <- data.frame(runif(3), runif(3))
names(df) <- c(1, 2)

df$`3` <- df$`1` + df$`2`
df


# 2. y takes roughly 8 MB.
x <- runif(1e6)
y <- list(x, x, x)
obj_size(y)

# 3. a gets copied at the moment b is changed.
a <- c(1, 5, 3, 2)
tracemem(a)
b <- a
b[[1]] <- 10
