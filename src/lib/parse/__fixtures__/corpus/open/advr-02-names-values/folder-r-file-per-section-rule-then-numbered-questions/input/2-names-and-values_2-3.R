# below x and y are bound to one object, and then y is changed
x <- c(1, 2, 3)
y <- x

y[[3]] <- 4
x
y

# R copies on modify: if several names are bound to an object
# the original object stays as it is
# R copies it, changes the copy and rebinds the name to that copy

# base::tracemem() reports whenever an object gets copied
# calling it on an object returns the object's address
x <- c(1, 2, 3)
cat(tracemem(x), "\n")

y <- x
y[[3]] <- 4L

# changing y a second time makes no further copy
# because now only one name is bound to it (modify-in-place optimization)
y[[3]] <- 5L

# untracemem stops the tracing
untracemem(x)

# functions follow the same copying rules
f <- function(a){
  a
}

x <- c(1, 2, 3)
cat(tracemem(x), "\n")

z <- f(x)

untracemem(x)

# f() leaves its argument a alone, so a is never copied
# when f() is done, x and z refer to the same object
# during the call, a and x refer to the same object

# a list holds references - every element points at a value
list1 <- list(1, 2, 3)

# lists copy on modify just like vectors
# changing a list gives a shallow copy
# the bindings get copied but the values they point to do not
# a deep copy would copy what the references point to as well, into new addresses
list2 <- list1
list2[[3]] <- 4

# lobstr::ref() shows which values two lists share
# ref() prints each object's memory address and a local id to match them up

# list1 and list2 share the objects behind elements 2 and 3
lobstr::ref(list1, list2)

# a data frame is a list of vectors, and it behaves a bit differently
# depending on whether rows or columns are changed
d1 <- data.frame(x = c(1, 5, 6), y = c(2, 4, 3))

# changing a column copies just that column
# the remaining columns stay untouched
d2 <- d1
d2[, 2] <- d2[, 2] * 2
lobstr::ref(d1, d2)

# changing a row copies all of the columns
# all of them get modified
d3 <- d1
d3[1, ] <- d3[1, ] * 3
lobstr::ref(d1, d3)

# -------------------------------------------------------------------------

# 1. Why does tracemem(1:10) tell us nothing useful?
tracemem(1:10)
tracemem(1:10)

# tracemem only makes sense for objects that have a name bound to them
# 1:10 has no name, so tracemem is called on an unbound object
# and later code has no way of pointing at that object again
# run it a second time and you get another address


# 2. Why does tracemem() report two copies for this code?
x <- c(1L, 2L, 3L)
tracemem(x)

x[[3]] <- 4

# The L suffix marks integers instead of doubles.
# Changing the vector x after tracemem() copies it once.
# Changing the element x[[3]] refers to makes a second copy.


# 3. Draw how these objects are related:
a <- 1:10
b <- list(a, a)
c <- list(b, a, 1:10)

lobstr::ref(a)
lobstr::ref(b)
lobstr::ref(c)
# b holds a twice
# c holds a once directly 
# plus b, which in turn holds a twice


# 4. What does this code do?
x <- list(1:10)
tracemem(x)
x[[2]] <- x
x
lobstr::ref(x)

# at first x is bound to a list that points at an integer vector
# assigning to position 2 copies the list
# x is rebound to that copy, so x now names a new list
# the second element points at the old list, which no name is bound to
