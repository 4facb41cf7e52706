library(gam)
library(ISLR)
attach(Wage)
set.seed(1)

# skipping the factor selection step
# just take maritl, jobclass

plot(Wage$maritl, Wage$wage)
plot(Wage$jobclass, Wage$wage)

# add maritl and jobclass to the GAM regression

fit.1 = gam(wage~lo(year, span=0.7)+s(age, 5)+education, data=Wage)
fit.2 = gam(wage~lo(year, span=0.7)+s(age, 5)+education+maritl, data=Wage)
fit.3 = gam(wage~lo(year, span=0.7)+s(age, 5)+education+jobclass, data=Wage)
fit.4 = gam(wage~lo(year, span=0.7)+s(age, 5)+education+maritl+jobclass, data=Wage)
anova(fit.1, fit.2, fit.3, fit.4)
# conclusion: every factor (year, age, education, maritl, jobclass) comes out statistically
# significant, so the full model fit.4 is the one to keep

plot(fit.4, se=TRUE, col='blue')
