# exercises

## 3M1
w <- 8
n <- 15
p_grid <- seq(from = 0, to = 1, length.out = 1000)
prior <- rep(x = 1, length(p_grid))
likelihood <- dbinom(x = w, size = n, prob = p_grid)
raw.posterior <- likelihood * prior
posterior <- raw.posterior / sum(raw.posterior)
plot(posterior ~ p_grid, type = "l")

## 3M2
n.draws <- 1e4
samples <- sample(x = p_grid, size = n.draws, prob = posterior, replace = TRUE)
HPDI(samples = samples, prob = .9)

## 3M3
ppd.draws <- rbinom(n = n.draws, size = n, prob = samples)
mean(ppd.draws == 8)

## 3M4
ppd.draws <- rbinom(n = n.draws, size = 9, prob = samples)
mean(ppd.draws == 6)

## 3M5

# 3M1
w <- 8
n <- 15
p_grid <- seq(from = 0, to = 1, length.out = 1000)
prior <- ifelse(test = p_grid < .5, yes = 0, no = 1)
likelihood <- dbinom(x = w, size = n, prob = p_grid)
raw.posterior <- likelihood * prior
posterior <- raw.posterior / sum(raw.posterior)
plot(posterior ~ p_grid, type = "l")

# 3M2
n.draws <- 1e4
samples <- sample(x = p_grid, size = n.draws, prob = posterior, replace = TRUE)
HPDI(samples = samples, prob = .9)

# 3M3
ppd.draws <- rbinom(n = n.draws, size = n, prob = samples)
mean(ppd.draws == 8)

# 3M4
ppd.draws <- rbinom(n = n.draws, size = 9, prob = samples)
mean(ppd.draws == 6)

## 3H1
library(rethinking)
data(homeworkch3)

n.births <- length(birth1) + length(birth2)
n.boys <- sum(birth1 + birth2)
n.girls <- n.births - n.boys

p_grid <- seq(from = 0, to = 1, length.out = 1000)
prior <- rep(x = 1, length(p_grid))
likelihood <- dbinom(x = n.boys, size = n.births, prob = p_grid)
raw.posterior <- likelihood * prior
posterior <- raw.posterior / sum(raw.posterior)
plot(posterior ~ p_grid, type = "l")

p_grid[which.max(posterior)]

## 3H2
n.draws <- 1e4
samples <- sample(x = p_grid, size = n.draws, prob = posterior, replace = TRUE)
HPDI(samples = samples, prob = c(.5, .89, .97))

## 3H3
n <- n.births
ppd.draws <- rbinom(n = n.draws, size = n, prob = samples)
dens(ppd.draws, adj = .1)
abline(v = n.boys, col = "red")

## 3H4
n <- 100
sum(birth1)
ppd.draws <- rbinom(n = n.draws, size = n, prob = samples)
dens(ppd.draws, adj = .1)
abline(v = sum(birth1), col = "red" )

## 3H5
boys.after.girl <- birth2[birth1 == 0]
ppd.draws <- rbinom(n = n.draws, size = length(boys.after.girl), prob = samples)
dens(ppd.draws, adj = .1)
abline(v = sum(boys.after.girl), col = "red")
