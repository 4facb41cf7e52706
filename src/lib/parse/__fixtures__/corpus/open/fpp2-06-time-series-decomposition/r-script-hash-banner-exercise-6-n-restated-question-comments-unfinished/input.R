############################################################################################################
#
# Author: Devin Teran
# Date: 2021-06-06
# Homework Problems Week 1
#
############################################################################################################

#Libraries
library(ggplot2)
library(fpp)
library(ggfortify)
############################################################################################################
#Exercise 6.2
############################################################################################################
# The plastics data: five years of monthly sales (in thousands) of product A by one plastics manufacturer.
# 
# Draw product A's sales over time. Do you see seasonal swings and/or a trend-cycle?

autoplot(plastics) +
  ggtitle("Product A sales per month (in thousands") +
  xlab("Year")

#Seasonal: a clear season pattern, sales jump in the summer months and bottom out in February.
ggseasonplot(plastics, col=rainbow(12), year.labels=TRUE) +
  ylab("Sales") +
  ggtitle("Season Plot: Plastics Sales")

ggsubseriesplot(plastics, col=rainbow(12), year.labels=TRUE) +
  ylab("Sales") +
  ggtitle("Season Plot: Plastics Sales")

#   Get the trend-cycle and seasonal indices from a classical multiplicative decomposition.
plastics %>% decompose(type="multiplicative") %>% autoplot() 
  
# Do these results agree with what the part a plots suggested?
# Both the seasonality and the rising trend show clearly, backing up the earlier reading of the plots.

#Work out the seasonally adjusted series and plot it.
library(seasonal)
plastics %>% seas(x11="") -> fit

autoplot(plastics, series="Data") + +
  autolayer(seasadj(adj_seasonal_plastics), series="Seasonally Adjusted") +
  scale_colour_manual(values=c("gray","blue"),
                      breaks=c("Data","Seasonally Adjusted"))
# Make one observation an outlier (for example add 500 to it), then redo the seasonally adjusted data. 
#How does the outlier change things?


#   Is it different when the outlier is close to the end instead of mid-series?