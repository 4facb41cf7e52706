library(IRdisplay)

display_markdown("
**2M1.** Go back to the globe tossing model of the chapter. For every set of observations listed
below, build the grid approximation of the posterior distribution and plot it. Use a flat
(uniform) prior for p each time.
")

# Uniform prior
prior <- rep(1, 20)

# 20-point grid
p_grid <- seq(from=0, to=1, length.out=20)

iplot <- function(plot_func) {
    # https://stackoverflow.com/a/35805352/622049
    png("/tmp/plot.png", width=740, height=620, res=120)
    plot_func()
    dev.off()
    display_png(file="/tmp/plot.png")
}

plot_posterior <- function(prior, likelihood) {
    # multiply likelihood by prior
    unstd.posterior <- likelihood * prior
    # rescale so the posterior adds up to 1
    posterior <- unstd.posterior / sum(unstd.posterior)
    iplot(function() {
        plot(p_grid, posterior, type="b", xlab="probability of water", ylab="posterior probability")
    })
}

display_markdown("`(1) W, W, W`")
likelihood <- dbinom(3, size=3, prob=p_grid)
plot_posterior(prior, likelihood)

display_markdown("`(2) W, W, W, L`")
likelihood <- dbinom(3, size=4, prob=p_grid)
plot_posterior(prior, likelihood)

display_markdown("`(3) L, W, W, L, W, W, W`")
likelihood <- dbinom(5, size=7, prob=p_grid)
plot_posterior(prior, likelihood)

display_markdown("
**2M2.** This time take a prior for p that is zero whenever p < 0.5 and some positive constant once
p ≥ 0.5. Redo the grid approximation and the plot of the posterior for every set of observations
from the problem right before this one.
")

# Same step-shaped prior as "R code 2.5" on pg. 41.
# TODO: work out why "R code 2.5" does not add up to one?
prior <- ifelse(p_grid < 0.5, 0, 1)

display_markdown("`(1) W, W, W`")
likelihood <- dbinom(3, size=3, prob=p_grid)
plot_posterior(prior, likelihood)

display_markdown("`(2) W, W, W, L`")
likelihood <- dbinom(3, size=4, prob=p_grid)
plot_posterior(prior, likelihood)

display_markdown("`(3) L, W, W, L, W, W, W`")
likelihood <- dbinom(5, size=7, prob=p_grid)
plot_posterior(prior, likelihood)

display_markdown("
**2M3.** Picture two globes, one of the Earth and one of Mars. Water covers 70% of the Earth globe,
and the Mars globe is land all over. One of the two globes (you are not told
which) is thrown in the air and the observation is “land”. Each globe was as likely as the other
to be the one thrown. Demonstrate that the posterior probability of Earth given this “land”
result (Pr(Earth|land)) comes to 0.23.

**Solution**

Seen the Bayesian way, this is a two-level model: level one (which globe gets picked) is a
Bernoulli trial with `p₁ = 0.5`, and level two is one more Bernoulli trial whose value of
`p` is set by the globe that level one picked.

Nothing in this setup is hidden from us, since the probabilities at both levels are given. It
can also be viewed as holding the parameters fixed, much like evaluating a single point of a grid
search. Put in machine-learning terms, we are doing 'inference' (producing a prediction) with
'land' as the input fed to the model.

Step by step:
```
Pr(Earth|land) = Pr(Earth, land) / Pr(land)
Pr(Earth, land) = 0.5*0.3 = 0.15
Pr(land) = 0.5*0.3 + 0.5*1.0 = 0.65
Pr(Earth|land) = 0.15 / 0.65 = 0.23
```
")

display_markdown("
**2M4.** Take a deck that holds only three cards. Every card has two faces, and each face is coloured
either black or white. The first card is black on both faces. The second card is black on one face
and white on the other. The third card is white on both faces. All three go into a bag and get
mixed. Someone draws a card without looking and lays it flat on a table. The face on top is black,
and you cannot see what colour is underneath. Prove that the hidden face is black as well with
probability 2/3. Tackle it with the counting method from Section 2 of the chapter, that is, tally
the number of ways each card could have given rise to what we saw (a black face lying on top
of the table).

**Solution**

| Outcome | Ways to produce data | Plausibility |
| ---     | ---                  | ---          |
| `BB`    | 2                    | 2/3          |
| `BW`    | 1                    | 1/3          |
| `WW`    | 0                    | 0/3          |
")

display_markdown("
**2M5.** Now the bag holds four cards: B/B, B/W, W/W, plus a second B/B. Once more a card is
taken out and shows a black face on top. Work out again how likely it is that the face
underneath is black.

**Solution**

| Outcome | Ways to produce data | Plausibility |
| ---     | ---                  | ---          |
| `BB`    | 2                    | 2/5          |
| `BW`    | 1                    | 1/5          |
| `WW`    | 0                    | 0/5          |
| `BB`    | 2                    | 2/5          |

2/5 + 2/5 = 4/5
")

display_markdown("
**2M6.** Suppose black ink weighs a lot, which makes cards with black faces heavier than cards
with white faces. Because of that, a card with black on it is less likely to come out of the bag.
Go back to three cards: B/B, B/W and W/W. After many trial draws you find that
for each way of drawing the B/B card there are 2 ways of drawing the B/W card
and 3 ways of drawing the W/W card. Once more a card is drawn and shows black on the
top. Show that the chance of black underneath has dropped to 0.5, again by
counting.

**Solution**
")

ways_to_produce = c(1, 2, 3)
names(ways_to_produce) <- c("bb", "bw", "ww")
ways_to_produce = ways_to_produce * c(2, 1, 0)
normalized = ways_to_produce / sum(ways_to_produce)
display(normalized)

display_markdown("
**2M7.** Return to the first version of the card problem, where one card lies with a black face up.
Without turning it over, we take a second card out of the bag and put it face up on the table too.
This new card shows a white face. Show that the chance that the first card (the
black-faced one) is black on its hidden side has now risen to 0.75. Count ways if you
can. Hint: handle it like a run of globe tosses, tallying every way to get each
observation for each candidate first card.

**Solution**
")

ways_to_produce = c(2, 1, 0)
names(ways_to_produce) <- c("bb", "bw", "ww")
# With `bb` as the first card, a white face can show up in three ways:
# - The white face of the `bw` card.
# - Either face of the `ww` card.
#
# With `bw` as the first card, white can only show up in two ways, namely both faces of the `ww`
# card.
ways_to_produce = ways_to_produce * c(3, 2, 0)
normalized = ways_to_produce / sum(ways_to_produce)
display(normalized)
