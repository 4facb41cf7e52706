# 3 Data Visualisation

#library(tidyverse)
#library(plotly)
library(ggplot2)
library(tibble)
library(readr)
library(tidyr)
library(purrr)
library(dplyr)
library(maps)


#3.2 
# the fuel economy (mpg) data
mpg
# help page for the data
?mpg
# first basic plot
ggplot(data = mpg) +
  geom_point(mapping = aes(x = displ, y = hwy))

#exercises
#3.2.4.1: an empty plot comes out (nothing mapped!)
ggplot(data = mpg)
#3.2.4.2
# 11 columns, 234 rows
#3.2.4.3 
# which wheels are driven: f=front, r=rear, 4=4wd
#3.2.4.4
ggplot(data = mpg) +
  geom_point(mapping = aes(x = hwy, y = cyl))
# cyl behaves like a categorical variable - separate bands
#3.2.4.5
ggplot(data = mpg) +
  geom_point(mapping = aes(x = class, y = drv))
# no use since it only tells you which category pairs occur, not how many cars are in each. 

# 3.3 aesthetics
# a colour per class of car
ggplot(data = mpg) +
  geom_point(mapping = aes(x = displ, y = hwy, color = class))
# every point the same colour
ggplot(data = mpg) +
  geom_point(mapping = aes(x = displ, y = hwy), color = "blue")

# 3.3.1 Exercises
# 1 a manual aesthetic has to go outside of the aes function
# 2 categorical variables: manufacturer, model, trans, drv, fl, class, cyl
# continuos variables: displ, year, cty, hwy
# 3 
ggplot(data = mpg) +
  geom_point(mapping = aes(x = displ, y = hwy, color = cty))
ggplot(data = mpg) +
  geom_point(mapping = aes(x = displ, y = hwy, size = cty))
ggplot(data = mpg) +
  geom_point(mapping = aes(x = displ, y = hwy, shape = hwy))
# 4 works but doesn't add much 
ggplot(data = mpg) +
  geom_point(mapping = aes(x = displ, y = hwy, color = hwy))
# 5 stroke sets how thick the border is
?geom_point
ggplot(mtcars, aes(wt, mpg)) +
  geom_point(shape = 21, colour = "black", fill = "white", size = 5, stroke = 1)
# 6 true/false colouring of the points!
ggplot(data = mpg) +
  geom_point(mapping = aes(x = displ, y = hwy, colour = displ < 5))

# 3.4 Common Problems
# search online

# 3.5 Facets
ggplot(data = mpg) +
  geom_point(mapping = aes(x = displ, y = hwy)) +
  facet_wrap(~ class, nrow = 2)
ggplot(data = mpg) +
  geom_point(mapping = aes(x = displ, y = hwy)) +
  facet_grid(drv ~ cyl)
ggplot(data = mpg) +
  geom_point(mapping = aes(x = displ, y = hwy)) +
  facet_grid(. ~ cyl)

# 3.5.1 Exercises
# 1 faceting on a continuous variable
ggplot(data = mpg) + 
  geom_point(mapping = aes(x = displ, y = hwy)) +
  facet_grid(. ~ cty)
# values end up rounded into groups
# 2 an empty facet cell is a combination that never occurs
ggplot(data = mpg) + 
  geom_point(mapping = aes(x = drv, y = cyl))
# wherever this plot has no point there is no facet to look at either
# 3 
ggplot(data = mpg) + 
  geom_point(mapping = aes(x = displ, y = hwy)) +
  facet_grid(drv ~ .)
ggplot(data = mpg) + 
  geom_point(mapping = aes(x = displ, y = hwy)) +
  facet_grid(. ~ cyl)
# look alike, but each can be read on its own
# breaks thee facets apart into their separate pieces
# 4 
ggplot(data = mpg) + 
  geom_point(mapping = aes(x = displ, y = hwy)) + 
  facet_wrap(~ class, nrow = 2)
# upside: each group is easier to look at alone. 
# downside: you lose how the groups compare with each other.
# with more data a single plot gets messier
# 5 
?facet_wrap
# facet wrap puts a group on each panel and lets the panels flow over
# several rows or columns. facet grid crosses variables and gives
# each value of a variable its own row or column
# 6 
# too much going on in the rows gets hard to read

# 3.6 Geometric Objects
# left 
ggplot(data = mpg) +
  geom_point(mapping = aes(x = displ, y = hwy))
#right
ggplot(data = mpg) + 
  geom_smooth(mapping = aes (x = displ, y = hwy))
# split by drive
ggplot(data = mpg) + 
  geom_smooth(mapping = aes(x = displ, y = hwy, linetype = drv))
# colour by drive
ggplot(data = mpg) +
  geom_smooth(mapping = aes(x = displ, y = hwy, color = drv),
    show.legend = FALSE)
# two geoms at once
ggplot(data = mpg) + 
  geom_point(mapping = aes(x = displ, y = hwy)) +
  geom_smooth(mapping = aes(x = displ, y = hwy))
# identical result 
ggplot(data = mpg, mapping = aes(x = displ, y = hwy)) + 
  geom_point() + 
  geom_smooth()
# separate mapping per geom and aes
ggplot(data = mpg, mapping = aes(x = displ, y = hwy)) + 
  geom_point(mapping = aes(color = class)) + 
  geom_smooth()
# separate data per geom
# mpg globally, subcompact for the smooth
ggplot(data = mpg, mapping = aes(x = displ, y = hwy)) + 
  geom_point(mapping = aes(color = class)) + 
  geom_smooth(data = filter(mpg, class == "subcompact"), se = FALSE)

# 3.6.1 Exercises
# 1: line = geom_line. boxplot = geom_boxplot. histogram = geom_histogram
# area = geom_area
# 2 
ggplot(data = mpg, mapping = aes(x = displ, y = hwy, color = drv)) + 
  geom_point() + 
  geom_smooth(se = FALSE)
# 3 hides a legend. can make the chart easier to read
# 4 se = standard error, the band showing the range around the line
# 5 it's the same chart!
ggplot(data = mpg, mapping = aes(x = displ, y = hwy)) + 
  geom_point() + 
  geom_smooth()
ggplot() + 
  geom_point(data = mpg, mapping = aes(x = displ, y = hwy)) + 
  geom_smooth(data = mpg, mapping = aes(x = displ, y = hwy))
# 6 
# plain black points, one line per group in the second
ggplot(data = mpg, mapping = aes(x = displ, y = hwy)) + 
  geom_point() + 
  geom_smooth(se = FALSE)
ggplot(data = mpg) + 
  geom_point(mapping = aes(x = displ, y = hwy)) + 
  geom_smooth(mapping = aes(x = displ, y = hwy, group = drv), se = FALSE)
# points and lines coloured by drve
ggplot(data = mpg, mapping = aes(x = displ, y = hwy, colour = drv)) + 
  geom_point() + 
  geom_smooth(se = FALSE)
# a single line over all the data
ggplot() + 
  geom_point(data = mpg, mapping = aes(x = displ, y = hwy, colour = drv)) + 
  geom_smooth(data = mpg, mapping = aes(x = displ, y = hwy),se = FALSE)
# lines split by drive with linetype too
ggplot() + 
  geom_point(data = mpg, mapping = aes(x = displ, y = hwy, colour = drv)) + 
  geom_smooth(data = mpg, mapping = aes(x = displ, y = hwy, linetype = drv),se = FALSE)
# other shape plus a thicker stroke
ggplot() + 
  geom_point(data = mpg, mapping = aes(x = displ, y = hwy, fill = drv), shape = 21, size = 4, colour = "white", stroke = 3)

# 3.7 statistical transformations
?diamonds
# identical charts!
ggplot(data = diamonds) + 
  geom_bar(mapping = aes(x = cut))
ggplot(data = diamonds) + 
  stat_count(mapping = aes(x = cut))
# stats and geoms used in other ways
demo <- tribble(
  ~cut,         ~freq,
  "Fair",       1610,
  "Good",       4906,
  "Very Good",  12082,
  "Premium",    13791,
  "Ideal",      21551
)
ggplot(data = demo) +
  geom_bar(mapping = aes(x = cut, y = freq), stat = "identity")
# proportions
ggplot(data = diamonds) + 
  geom_bar(mapping = aes(x = cut, y = ..prop.., group = 1))
# summary statistic drawn by code
ggplot(data = diamonds) + 
  stat_summary(
    mapping = aes(x = cut, y = depth),
    fun.ymin = min,
    fun.ymax = max,
    fun.y = median
  )

# 3.7.1 Exercises
# 1 histogram's default
?stat_summary
# 2 geom_col draws the values in the data instead of counting them
?geom_col
# 3 the list of pairs is huge!
?ggplot2
# 4 smoothed lines - with a standard error band around the data
?stat_smooth
# 5 each of these charts shows the share inside its own cut!
# all the cuts have to go into 1 group

# 3.8 Position adjustments
# so-so
ggplot(data = diamonds) + 
  geom_bar(mapping = aes(x = cut, colour = cut))
# better
ggplot(data = diamonds) + 
  geom_bar(mapping = aes(x = cut, fill = cut))
# better still!
ggplot(data = diamonds) + 
  geom_bar(mapping = aes(x = cut, fill = clarity))
# not great
ggplot(data = diamonds, mapping = aes(x = cut, fill = clarity)) + 
  geom_bar(alpha = 1/5, position = "identity")
# not great, bars hidden behind one another
ggplot(data = diamonds, mapping = aes(x = cut, colour = clarity)) + 
  geom_bar(fill = NA, position = "identity")
# share within each group
ggplot(data = diamonds) + 
  geom_bar(mapping = aes(x = cut, fill = clarity), position = "fill")
# "dodge" looks good here
ggplot(data = diamonds) + 
  geom_bar(mapping = aes(x = cut, fill = clarity), position = "dodge")
# jitter to stop overplotting
ggplot(data = mpg) + 
  geom_point(mapping = aes(x = displ, y = hwy), position = "jitter")

# 3.8.1 Exercises
# 1 jitter makes it better
ggplot(data = mpg, mapping = aes(x = cty, y = hwy)) + 
  geom_point(position = "jitter")
# 2 height and width set how much
?geom_jitter
# 3 each one fits a different situation
ggplot(data = mpg, mapping = aes(x = cty, y = hwy)) + 
  geom_jitter()
ggplot(data = mpg, mapping = aes(x = cty, y = hwy)) + 
  geom_count()
# 4 identity position adjustment
ggplot(data = mpg, mapping = aes(x = manufacturer, y = hwy)) +
  geom_boxplot()

# 3.9 Coordinate systems
# plain
ggplot(data = mpg, mapping = aes(x = class, y = hwy)) + 
  geom_boxplot()
# coord flip
ggplot(data = mpg, mapping = aes(x = class, y = hwy)) + 
  geom_boxplot() +
  coord_flip()
# maps
nz <- map_data("nz")
ggplot(nz, aes(long, lat, group = group)) +
  geom_polygon(fill = "white", colour = "black") + 
  coord_quickmap()

# polar coordinates
bar <- ggplot(data = diamonds) + 
  geom_bar(
    mapping = aes(x = cut, fill = cut), 
    show.legend = FALSE, 
    width = 1
    ) + 
  theme(aspect.ratio = 1) +
  labs(x = NULL, y = NULL) 
bar + coord_flip()
bar + coord_polar()

# 3.9.1 Exercises
# 1 stacked bar turned into a pie
ggplot(data = diamonds) + 
  geom_bar(mapping = aes(x = cut, fill = clarity)) + 
  coord_polar()

# 2 edits what the chart says! 
?labs

# 3 quickmap approximates and ignores the projection
?coord_quickmap
?coord_map

# 4 abline draws a trend line, fixed coords keep x = y 
ggplot(data = mpg, mapping = aes(x = cty, y = hwy)) +
  geom_point() + 
  geom_abline() +
  coord_fixed()
