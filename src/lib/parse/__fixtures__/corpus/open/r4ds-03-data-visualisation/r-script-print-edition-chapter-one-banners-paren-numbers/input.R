##############################
#### CHAPTER ONE: GGPLOT2 ####
##############################

library(tidyverse)

#### CREATING A PLOT WITH GGPLOT ####

ggplot(data=mpg) + 
      geom_point(mapping=aes(x=displ, y=hwy))

#### ----------------------------------- EXERCISES ---------------------------------- ####

# 1)
ggplot(data=mpg) # Just a blank canvas

# 2)
dim(mpg) # 11 columns and 234 rows

# 3)
?mpg # type of drive train: f=front, r=rear, 4=4wd

# 4)
ggplot(data=mpg) + 
      geom_point(mapping=aes(x=hwy, y=cyl))

# 5)
ggplot(data=mpg) + 
      geom_point(mapping=aes(x=class, y=drv)) # Two character variables, nothing to see

#----------------------------------------------------------------------------------------#

#### AESTHETIC MAPPINGS ####

# Tying an aesthetic to a variable
# Aesthetics are the visible properties of the things drawn in a plot.
# Every aesthetic property has LEVELS
# SCALING: giving each distinct value of the variable its own level of the aesthetic

# Use aes() to tie aesthetics to variables
ggplot(data=mpg) + geom_point(mapping=aes(x=displ, y=hwy, color=class))
ggplot(data=mpg) + geom_point(mapping=aes(x=displ, y=hwy, size=class))
ggplot(data=mpg) + geom_point(mapping=aes(x=displ, y=hwy, alpha=class))
ggplot(data=mpg) + geom_point(mapping=aes(x=displ, y=hwy, shape=class))

# Manual aesthetics go outside of the mapping
ggplot(data=mpg) + geom_point(mapping=aes(x=displ, y=hwy), color="blue")
ggplot(data=mpg) + geom_point(mapping=aes(x=displ, y=hwy), size=2)
ggplot(data=mpg) + geom_point(mapping=aes(x=displ, y=hwy), alpha=0.5)
ggplot(data=mpg) + geom_point(mapping=aes(x=displ, y=hwy), shape=21, color="red", fill="blue")

#### ----------------------------------- EXERCISES ---------------------------------- ####

# 1)
ggplot(data=mpg) + geom_point(mapping=aes(x=displ, y=hwy, color="blue"))
# The colour belongs outside the parentheses. Here ggplot maps the aes colour to a variable 
# whose single value is (blue).

# 2)
unlist(lapply(mpg, class))
# Categorical: manutacturer, model, year, cyl, trans, drv, fl, class (stored as chr though)
# continous: displ, cty, hwy

# 3)
ggplot(data=mpg) + geom_point(mapping=aes(displ, hwy, color=cty))
ggplot(data=mpg) + geom_point(mapping=aes(displ, hwy, size=cty))
ggplot(data=mpg) + geom_point(mapping=aes(displ, hwy, shape=cty))

ggplot(data=mpg) + geom_point(mapping=aes(displ, hwy, color=class))
ggplot(data=mpg) + geom_point(mapping=aes(displ, hwy, size=model))
ggplot(data=mpg) + geom_point(mapping=aes(displ, hwy, shape=trans))

# Some aes suit one kind of variable better than the other (cont or discrete)

# 4)
ggplot(data=mpg) + 
      geom_point(mapping=aes(displ, hwy, color=class, shape=class))
# ggplot merges both scallings into one legend

# 5)
ggplot(data=mpg) + 
      geom_point(mapping=aes(displ, hwy), stroke=5, shape=16, fill="red")
# stroke controlls how wide the border is for bordered and filled shapes, and the colour 
# for the coloured ones

# 6)
ggplot(data=mpg) + geom_point(mapping=aes(x=displ, y=hwy), color="blue")
ggplot(data=mpg) + geom_point(mapping=aes(displ, hwy, color=displ < 5), color="blue")
# the scalling gets mapped onto a variable that has a single level

#----------------------------------------------------------------------------------------#

#### FACETS ####

# Breaks the plot into small plots, each one showing a subset of the data.
# face_wrap: facets on one variable
# face_grid: facets on two variables
ggplot(data=mpg) + 
        geom_point(mapping=aes(x=displ, y=hwy)) +
        facet_wrap(~ class)

ggplot(data=mpg) + 
        geom_point(mapping=aes(x=displ, y=hwy)) +
        facet_wrap(~ class, nrow=2)

ggplot(data=mpg) + 
        geom_point(mapping=aes(x=displ, y=hwy)) +
        facet_grid(drv ~ cyl)

ggplot(data=mpg) + 
        geom_point(mapping=aes(x=displ, y=hwy)) +
        facet_grid(. ~ cyl)

ggplot(data=mpg) + 
        geom_point(mapping=aes(x=displ, y=hwy)) +
        facet_grid(cyl ~ .)

#### ----------------------------------- EXERCISES ---------------------------------- ####

# 1)
# You get lots of little plots
ggplot(data=mpg) + 
        geom_point(mapping=aes(x=displ, y=hwy)) +
        facet_wrap( ~ cty)

# 2)
# Meaning:     drv==4 \cap cyl==5 => \emptyset
#               drv==r \cap cyl==4 => \emptyset
#               drv==r \cap cyl==5 => \emptyset
ggplot(data=mpg) + 
        geom_point(mapping=aes(x=displ, y=hwy)) +
        facet_grid(drv ~ cyl)
# Those combos have no points here either
ggplot(data=mpg) + geom_point(mapping=aes(x=drv, y=cyl))

# 3)
# displ Vs hwy split by drv (rows)
ggplot(data=mpg) + 
        geom_point(mapping=aes(x=displ, y=hwy)) +
        facet_grid(drv ~ .)
# displ Vs hwy split by cyl (columns)
ggplot(data=mpg) + 
        geom_point(mapping=aes(x=displ, y=hwy)) +
        facet_grid(. ~ cyl)

# 4)
# Facets give one panel per factor level. When there are too many levels you also
# end up with too many panels.
ggplot(data=mpg) + 
        geom_point(mapping=aes(x=displ, y=hwy)) +
        facet_wrap(~ class, nrow=2)

# 5)
?facet_wrap
# nrow and ncol set how many rows and how many columns there are.
# Other layout options: scales, shrink, as.table, switch, drop, dir, strip.position
# Since facet_grid builds a matrix by dafault, its rows and columns come straight
# from how many levels each factor has.

# 6)
?facet_grid
# Screens only have so much room.

#----------------------------------------------------------------------------------------#

#### GEOMETRIC OBJECTS ####

# a geom is the geometric object ggplot draws the data with.

ggplot(mpg) +
      geom_point(aes(displ, hwy))

ggplot(mpg) +
      geom_smooth(aes(displ, hwy))

ggplot(mpg) +
      geom_smooth(aes(displ, hwy, linetype=drv))

# One graph can hold several geoms
ggplot(mpg) +
      geom_point(aes(displ, hwy, color=drv)) +
      geom_smooth(aes(displ, hwy, color=drv, linetype=drv))

# Every later geom inherits the global mappings. Local mappings are there 
# to overide the global ones or to give scallings for a single layer only

# these two draw the identical graph
ggplot(mpg) +
      geom_point(aes(displ, hwy)) +
      geom_smooth(aes(displ, hwy))

ggplot(mpg, aes(displ, hwy)) +
      geom_point() +
      geom_smooth()

# scalling applied to the points alone
ggplot(mpg, aes(displ, hwy)) +
      geom_point(aes(color=drv)) +
      geom_smooth()

# a different colour for the line
ggplot(mpg, aes(displ, hwy)) +
      geom_point() +
      geom_smooth(color="red")

# the data set being mapped can be swapped in the same way
ggplot(mpg, aes(displ, hwy)) +
      geom_point(aes(color=class)) +
      geom_smooth(
            data=filter(mpg, class == "subcompact"), 
            se=FALSE
      )

#### ----------------------------------- EXERCISES ---------------------------------- ####

# 1)
# line chart: geom_line
# boxplot: geom_boxplot
# histogram: geom_histogram
# area chart: geom_area

# 2)
# my guess: displ against hwy, points coloured by drv, one loess curve per drv 
# (no se band showned)
ggplot(mpg, aes(displ, hwy, color=drv)) +
      geom_point() +
      geom_smooth(se=FALSE)

# 3)
# show.legend = FALSE drops that layer's legend

# 4)
# turns off the band for the standard deviation 

# 5)
# no difference, because the same variables from the same data set go to
# the same aesthetics through the same geoms
ggplot(mpg, aes(displ, hwy)) +
      geom_point() +
      geom_smooth()

ggplot() +
      geom_point(
            data=mpg,
            mapping=aes(x=displ, y=hwy)
      ) +
      geom_smooth(
            data=mpg,
            mapping=aes(x=displ, y=hwy)
      )

# 6)
# top left
ggplot(mpg, aes(displ, hwy)) +
      geom_point() +
      geom_smooth(se=FALSE)
# top right
ggplot(mpg, aes(displ, hwy)) +
      geom_point() +
      geom_smooth(aes(group=drv), se=FALSE)
# middle left
ggplot(mpg, aes(displ, hwy)) +
      geom_point(aes(color=drv)) +
      geom_smooth(aes(group=drv), se=FALSE)
# middle right
ggplot(mpg, aes(displ, hwy)) +
      geom_point(aes(color=drv)) +
      geom_smooth(se=FALSE)
# bottom left
ggplot(mpg, aes(displ, hwy)) +
      geom_point(aes(color=drv)) +
      geom_smooth(aes(linetype=drv), se=FALSE)
# bottom right
ggplot(mpg, aes(displ, hwy)) +
      geom_point(aes(color=drv))

#----------------------------------------------------------------------------------------#

#### STATISTICAL TRANSFORMATIONS ####

# A stat is the algorithm that computes the new values a graph shows:
#     identity: leaves the data untouched.
#     count: puts the data into bins and counts the points in every bin
#     bin: 

# Every stat comes with its own set of computed variableS:
#     stat_count: ..count.. and ..prop..
#     

# Every geom has a default stat, and every stat a default geom:
#     geom_point -> identity
#     geom_bar -> count
#     geom_histogram -> bin

# MOSTLY you can swap geoms and stats:
ggplot(ggplot2::diamonds) +
      geom_bar(aes(cut))
ggplot(ggplot2::diamonds) +
      stat_count(aes(cut))

# Stats can be overriden inside a geom too:
demo <- tribble(
      ~a,     ~b,
      "bar_1", 20, 
      "bar_2", 30,
      "bar_3", 40)
ggplot(demo) +
      geom_bar(aes(x=a, y=b), stat="identity")

# You can also switch from the default computed variable to another one:
ggplot(diamonds) +
      geom_bar(aes(cut, y=..prop.., group=1))

# "to call attention to the stat transformation in the code"
ggplot(diamonds) +
      stat_summary(mapping=aes(cut, depth),
                   fun.ymin=min,
                   fun.ymax=max,
                   fun.y=median)

#### ----------------------------------- EXERCISES ---------------------------------- ####

# 1) 
# default geom: pointrange
diamonds %>%
      group_by(cut) %>%
      summarise(mediana.gr = median(depth), min.gr = min(depth), max.gr = max(depth)) %>%
      ggplot() +
      geom_pointrange(aes(x=cut, y=mediana.gr, ymin=min.gr, ymax=max.gr)) +
      ylab("depth")

# No sale. ggplot se niega a agrupar ... aes(group = ??)
ggplot(diamonds) +
      geom_pointrange(aes(x=cut, y=median(depth), ymin=min(depth), ymax=max(depth)))

# 2)
?geom_col
# Same as goem_bar except the bar heights are the values in the data

# 3)
# Listed in the excel file: geoms and stats

# 4)
# computed variables: ..y.. & ..ymin.. & ..ymax.. & ..se..
# parameters: method & formula & se & n & span & fullrange & level & method.args

# 5) why must group be set to 1?
# whitout a group: plots a and b
ggplot(diamonds) +
      geom_bar(aes(cut, y=..prop..))
ggplot(diamonds) +
      geom_bar(aes(cut, fill=color, y=..prop..))
# with a group: plots c and d
ggplot(diamonds) +
      geom_bar(aes(cut, y=..prop.., group=1))
ggplot(diamonds) +
      geom_bar(aes(cut, y=..prop.., fill=color, group=color))

# In plot a the prop is been worked out inside each group, so it is always 1: all
# Fair diamonds sit in the Fair bar, all Good diamonds in the Good bar, and so 
# forth. In plot c the prop is been worked out across the groups, because group=1 
# replaces ggplot's default grouping with a single constant group. Any other value
# like 2 or 3 or 123 or "abc" would do exactly the same job, as
# demostrated here:
ggplot(diamonds) +
      geom_bar(aes(cut, y=..prop.., group=2))
ggplot(diamonds) +
      geom_bar(aes(cut, y=..prop.., group=3))
ggplot(diamonds) +
      geom_bar(aes(cut, y=..prop.., group=123))
ggplot(diamonds) +
      geom_bar(aes(cut, y=..prop.., group="abc"))
# Every one of them gives the same plot, because all that matters is that the group is
# constant. ggplot groups by factor levels by default whenever x or y is a
# categorical variable.

# Plot b needs a second grouping variable (with cut been the 
# default one). Setting group= color (see plot d) groups the results by color. 
# ggplot then computes proportions within each group and ploting them so that in every bar 
# the share painted in one color equals the share of diamonds with that color
# inside that cut.

#----------------------------------------------------------------------------------------#

#### POISTION ADJUSTMENTS ####

# color paints the outline of the bars
ggplot(diamonds) +
      geom_bar(aes(cut, color=cut))
# fill paints the inside of the bars
ggplot(diamonds) +
      geom_bar(aes(cut, fill=cut))

# when fill uses another variable, every coloured rectangle stands for one 
# pairing of the two variables
ggplot(diamonds) +
      geom_bar(aes(cut, fill=clarity))

# bars are stacked by default since that is what the position argument defaults to.
# The other choices are: "identity", "dodge", or "fill".

# "identity" draws one bar per fill group and puts each at its own 
# cut value. They overplot, which you can "solve" with an
# alpha under 1. Variable been displayed is `..count..`
ggplot(diamonds) +
      geom_bar(aes(cut, fill=clarity), position="identity", alpha=1/4)

# "fill" stacks the bars but makes every bar reach 100. Handy when
# comparing. Each rectangle reporesents the share of `clarity` within that value 
# of `cut`. Variable been displayed is `..prop..`
ggplot(diamonds) +
      geom_bar(aes(cut, fill=clarity), position="fill")

# "dodge" puts overlapping bars next to each other. Variable been displayed is
# `..count..`
ggplot(diamonds) +
      geom_bar(aes(cut, fill=clarity), position="dodge")

# Scatter plots that overplot a lot can use position `jitter`, which nudges every 
# point by a little random noise so you can see where the data mass is.
ggplot(mpg) +
      geom_point(aes(displ, hwy), position="jitter")
# which is what geom_jitter does
ggplot(mpg) +
      geom_jitter(aes(displ, hwy))

#### ----------------------------------- EXERCISES ---------------------------------- ####

# 1) 
ggplot(mpg, aes(cty, hwy)) +
      geom_point()
# The trouble is overplotting; jittering fixes it
ggplot(mpg, aes(cty, hwy)) +
      geom_jitter()
# and so does an alpha
ggplot(mpg, aes(cty, hwy)) +
      geom_point(alpha=1/5)

# 2)
?geom_jitter
# width and height set the horizontal and vertical jitter. Default is 40%

# 3)
?geom_count
# jitter shakes the points apart so they stop overlapping, while count tallies how many
# points land on the same spot and turns that tally into the point area aes.
# `jitter` -> stat = "identity", postition = "jitter"
# `count` -> stat = "sum", position = "identity"
ggplot(mpg, aes(cty, hwy)) +
      geom_count()

# 4) 
?geom_boxplot
# position = "dodge2"
ggplot(mpg) + 
      geom_boxplot(aes(drv, hwy, color=factor(year)))

#----------------------------------------------------------------------------------------#

#### COORDINATE SYSTEMS ####

# Cartesian is the default system.
# Other option: 
#     coord_flip swaps the x- and y-axes (example a)
#     coord_quickmap gets the aspect ratio right for maps (example b)
#     coord_polar switches to polar coordinates (example c)

# example a
ggplot(mpg) +
      geom_boxplot(aes(class, hwy))
ggplot(mpg) +
      geom_boxplot(aes(class, hwy)) +
      coord_flip()

# example b (the "maps" package has to be installed)
ggplot(map_data("nz")) +
      geom_polygon(aes(long, lat, group=group), fill="white", color="black")
ggplot(map_data("nz")) +
      geom_polygon(aes(long, lat, group=group), fill="white", color="black") +
      coord_quickmap()

# example c
ggplot(diamonds) +
      geom_bar(aes(cut, fill=cut), show.legend=FALSE, width=1) +
      theme(aspect.ratio=1) +
      labs(x=NULL, y=NULL)
ggplot(diamonds) +
      geom_bar(aes(cut, fill=cut), show.legend=FALSE, width=1) +
      theme(aspect.ratio=1) +
      labs(x=NULL, y=NULL) +
      coord_flip()
ggplot(diamonds) +
      geom_bar(aes(cut, fill=cut), show.legend=FALSE, width=1) +
      theme(aspect.ratio=1) +
      labs(x=NULL, y=NULL) +
      coord_polar()

#### ----------------------------------- EXERCISES ---------------------------------- ####

# 1) 
ggplot(diamonds) +
      geom_bar(aes(cut, fill=clarity), position="fill") +
      coord_polar()

# 2)
?labs
# changes the labels (axes, legend and plot)

# 3)
?coord_quickmap
# coord_quickmap keeps straight lines straight, while _map applies whatever projection
# the user asks for

# 4)
ggplot(mpg, aes(cty, hwy)) +
      geom_point() +
      geom_abline() +
      coord_fixed()
# hwy fuel efficency always beats cty driving
# coord_fixed locks the aspect.ratio. Default aspect.ratio = 1
# geom_abline draws a reference line here from a slope and an intercept

#----------------------------------------------------------------------------------------#

################################
#### FIN DE LA PROGRAMACIÓN ####
################################