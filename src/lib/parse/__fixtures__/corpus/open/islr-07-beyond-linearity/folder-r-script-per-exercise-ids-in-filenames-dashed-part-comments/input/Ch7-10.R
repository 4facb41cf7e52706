library(gam)
library(leaps)
library(ISLR)
attach(College)
set.seed(1)

# ------------------------ (a) ------------------------
College = College[Grad.Rate<=100, ]
n.test = nrow(College) %/% 7
idx.test = sample(1:nrow(College), n.test)
train = College[-idx.test, ]
test = College[idx.test, ]


regfit.fwd = regsubsets(Outstate~., data=train, method='forward')
fwd.summary = summary(regfit.fwd)

d.1 = which.min(fwd.summary$cp)         # model = 8
d.2 = which.min(fwd.summary$bic)        # model = 7
d.3 = which.max(fwd.summary$adjr2)      # model = 8

par(mfrow = c(1, 3))
plot(fwd.summary$cp, type='l')
plot(fwd.summary$bic, type='l')
plot(fwd.summary$adjr2, type='l')


coeffs = coef(regfit.fwd, id=6)
names(coeffs)
# by examine the plots, model 6 is the pick:
# Outstate ~ Private + Room.Board + Terminal + perc.alumni + Expend + Grad.Rate


# ------------------------ (b) ------------------------
fit = gam(Outstate~Private+ns(Room.Board, df=3)+ns(Terminal, df=2)+ns(perc.alumni, 3)+ns(Expend, 2), data=train)
plot(fit, se=TRUE, col='blue')



# ------------------------ (c) ------------------------
preds = predict(fit, newdata=test, type='response')
plot(test$Outstate, preds)

res = test$Outstate - preds
plot(res)
plot(density(res))

qqplot(test$Outstate, preds)

# the QQ plot looks fine
# now evalutate the R^2:

TSS = sum( (test$Outstate - mean(test$Outstate))^2 )
RSS = sum( res^2 )
r2 = 1 - RSS/TSS

# R^2 = 0.7809275, pretty decent


# ------------------------ (d) ------------------------
summary(fit)

# Going by the summary, every variable probably has a non-linear relationship
# with the respond variable, Outstate