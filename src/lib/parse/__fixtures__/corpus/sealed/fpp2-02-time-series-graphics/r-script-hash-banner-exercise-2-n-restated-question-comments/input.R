############################################################################################################
#
# Author: Devin Teran
# Date: 2021-06-06
# Week 1 Homework Problems
#
############################################################################################################

#Libraries
library(ggplot2)
library(fpp)
library(ggfortify)
############################################################################################################
#Exercise 2.1
############################################################################################################
#Look up with help() what the gold, woolyrnq and gas series stand for.

#gold holds the daily gold price in US dollars between January 1, 1985 and March 31,1989.
help(gold)
#woolyrnq holds Australian wool yarn output in tonnes per quarter, March 1965 through September 1994.
help(woolyrnq)
#gas holds Australian gas output per month over 1956 to 1995.
help(gas)

#Draw each one in its own plot with autoplot().
#Autopilot for gold
autoplot(gold) +
  ggtitle("Gold Prices in US Dollars") +
  xlab("Day") +
  ylab("US Dollars")

#Autopilot for woolyrnq
autoplot(woolyrnq) +
  ggtitle("Quarterly Wool Yarn Production in Australia") +
  xlab("Year") +
  ylab("Tonnes of Yarn")

#Autopilot for gas
autoplot(gas) +
  ggtitle("Gas Production in Australia") +
  xlab("Year") +
  ylab("Gas Production")

#How frequent is each series? Tip: call frequency() on it.
#gold has frequency 1, i.e. one value per day.
frequency(gold)

#woolyrnq has frequency 4, i.e. one value per quarter.
frequency(woolyrnq)

#gas has frequency 12, i.e. one value per mnonth.
frequency(gas)

#Find the gold outlier with which.max(). Which observation is it?
#Observation number 770 is the gold outlier, at a value of 593.7.
which.max(gold)

############################################################################################################
#Exercise 2.3
############################################################################################################
#Get the monthly Australian retail figures from the book site. 
#They give retail turnover for several store types across Australian states, 
#saved as an MS-Excel workbook.

#This script loads the data into R:
library(xlsx)
retaildata <- readxl::read_excel("retail.xlsx", skip=1)
head(retaildata)
#skip=1 is needed since the Excel sheet carries two header rows.

#Pick a single series like this (swapping in whichever column you chose):
myts <- ts(retaildata[,"A3349335T"],frequency=12, start=c(1982,4))

#Look at the chosen retail series with these functions:
  
#  autoplot()
autoplot(myts) +
  ggtitle("AutoPlot: A3349335T Retail Sales") +
  xlab("Year")

#  ggseasonplot()
ggseasonplot(myts, col=rainbow(12), year.labels=TRUE) +
  ylab("Sales") +
  ggtitle("Seasonal Plot: A3349335T Retail Sales")

#  ggsubseriesplot()
ggsubseriesplot(myts) +
  ylab("Sales") +
  ggtitle("Seasonal Subseries Plot: A3349335T Retail Sales")

#  gglagplot()
gglagplot(myts)

#  ggAcf()
ggAcf(myts)

#Is there seasonality, a cycle or a trend? What does the series tell you?
#Seasonality is clear.  Sales jump signficantly at the close of December.
#On top of that the trend rises.

