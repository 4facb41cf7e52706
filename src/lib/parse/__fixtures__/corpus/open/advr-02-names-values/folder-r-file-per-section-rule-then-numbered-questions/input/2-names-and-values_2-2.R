# 1. Using only $, add a column "3" to the data frame below that holds
# column "1" plus column "2".
# Why are "1", "2", "3" awkward names for variables?
df <- data.frame(runif(3), runif(3))
names(df) <- c(1, 2)

# 2. How much memory does "y" take up in the code below?
x <- runif(1e6)
y <- list(x, x, x)

# 3. At which line is "a" copied in this example?
a <- c(1, 5, 3, 2)
b <- a
b[[1]] <- 10

# it matters to know the difference between names and objects
# you predict performance and memory use of code more accurately
# you write faster code because you avoid copies nobody asked for
# you understand R's functional programming tools better

# the lobstr package lets us look inside how R represents objects
library(lobstr)

# names versus values

# this one line does two jobs:
# makes an object - a vector holding 1, 2, 3
# attaches that object to the name "x"
x <- c(1, 2, 3)

# key point: the object is the value, the name merely has a value
# so a name points at a value, and the object itself has no name

# this line adds a second binding to the object already in memory
# the value is not copied
y <- x

# lobstr::obj_addr() returns the object's identifier
# the identifiers are new after every restart of R
obj_addr(x)
obj_addr(y)

# a syntactic name is built from letters, digits, numbers and underscores only
# and may not begin with an underscore or a digit

# which symbols count as letters depends on the current locale
# so an R file that works on one machine can fail on one with another locale
# safest to stick to ASCII characters in object names

# reserved words such as if, NA, function, NULL are not allowed as names
# trying to use a reserved word as a name gives an error
# ?Reserved lists the reserved words

# wrapping an invalid name in backticks gets around the rules
# data made outside R can bring non-syntactic names with it when loaded

# when R makes copies

# how much memory objects take

# -------------------------------------------------------------------------

# 1. Describe how a, b, c, and d below are related:
a <- 1:10
b <- a
c <- b
d <- 1:10

lobstr::obj_addr(a)
lobstr::obj_addr(b)
lobstr::obj_addr(c)
lobstr::obj_addr(d)

# a, b, c all refer to one and the same object in memory
# d refers to another object in memory, even though its values are identical


# 2. The code below reaches the mean function by several routes.
# Is it the same function object underneath every time?
# Check with lobstr::obj_addr().
lobstr::obj_addr(mean)
lobstr::obj_addr(base::mean)
lobstr::obj_addr(get("mean"))
lobstr::obj_addr(evalq(mean))
lobstr::obj_addr(match.fun("mean"))
# every one of them gives the same address in memory


# 3. Base R import functions such as read.csv() turn non-syntactic names into
# syntactic ones by default. What could go wrong with that?
# Which option turns it off?

# the renaming can break backward compatibility
# for names with underscores, which used to be invalid
# set check.names to false to stop the renaming


# 4. Which rules does make.names follow to turn non-syntactic names into
# syntactic ones?

# an X is put in front where needed
# any invalid character becomes a dot
# a missing value becomes NA
# a name equal to an R keyword gets a dot added at the end
# repeats are fixed by make.unique, which adds sequence numbers

make.names(c("a and b", "a-and-b"), unique = TRUE)
make.names(c("a and b", "a_and_b"), unique = TRUE)
make.names(c("a and b", "a_and_b"), unique = TRUE, allow_ = FALSE)
make.names(c("", "X"), unique = TRUE)


# 5. What keeps .123e1 from being a syntactic name? See ?make.names for the whole story.

# .123e1 fails because it has a dot with a number right after it.
# A syntactic name can begin with a dot only if no number follows the dot.
.x <- 1
