library(fpp2)
#plastics: monthly sales (in thousands) of product A at a plastics
#manufacturer, over five years.
#
#Draw the sales of product A over time.
data <- plastics
autoplot(data)
#Is there seasonal movement and/or a trend-cycle?
# # #
"Trend goes up, each season shaped like an upside-down x^2"
# # #

#  Find the trend-cycle and seasonal indices by a classical multiplicative
#decomposition.
# # #
data %>% decompose(type="additive") %>% autoplot()
# # #
#Does that back up what the plot in part a showed?
"It does"
#  Seasonally adjust the data and plot the result.
seas <- data %>% decompose(type="additive")
autoplot(data, series="Original") +
  autolayer(seasadj(seas), series="Seaonsally adjusted")
#Make one value an outlier (add 500 to it, say),
#and seasonally adjust again. How does the outlier show up?
data_outlier <- data
data_outlier[30] <- data_outlier[30]+500
autoplot(data_outlier)
seas_outlier <- data_outlier %>% decompose(type="additive")
autoplot(data_outlier, series="Original") +
  autolayer(seasadj(seas_outlier), series="Seaonsally adjusted")
"Seasonal adjustment does not absorb the outlier,
but apart from that spike the picture looks much the same"
#  Is it different with the outlier near the end instead of in
#the middle of the series?

# Outlier in position 1
data_outlier <- data
data_outlier[1] <- data_outlier[1]+500
autoplot(data_outlier)
seas_outlier <- data_outlier %>% decompose(type="additive")
autoplot(data_outlier, series="Original") +
  autolayer(seasadj(seas_outlier), series="Seaonsally adjusted")

# Outlier in position 60
data_outlier <- data
data_outlier[60] <- data_outlier[60]+500
autoplot(data_outlier)
seas_outlier <- data_outlier %>% decompose(type="additive")
autoplot(data_outlier, series="Original") +
  autolayer(seasadj(seas_outlier), series="Seaonsally adjusted")
"Outliers at the edge seem to disturb it a little less."
