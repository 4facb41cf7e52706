### A Pluto.jl notebook ###
# v0.19.46

using Markdown
using InteractiveUtils

# ╔═╡ 86d53794-2251-47d5-a45e-f1da53cd8ef5
# ╠═╡ skip_as_script = true
#=╠═╡
begin
	using PlutoPlotly, PlutoUI
	TableOfContents()
end
  ╠═╡ =#

# ╔═╡ 17f36458-139b-4f8b-aba9-d0dd586dd82c
md"""
# Chapter 3

# Finite Markov Decision Processes

## 3.1 The Agent-Environment Interface

> ### *Exercise 3.1*
> Devise three example tasks of your own that fit into the MDP framework, identifying for each its states, actions, and rewards. Make the three examples as *different* from each other as possible. The framework is abstract and flexible and can be applied in many different ways. Stretch its limits in some way in at least one of your examples.

- Example Task 1: Topping up a water bottle
  
  - Task Description: A dispenser with a single valve pours water into a bottle standing underneath it.
  - State space: The bottle's capacity, how much water is already inside it, and how much has spilled into the drain so far.
  - Action space: At its simplest, just open or shut the valve, where an open valve lets water through at a fixed rate and a shut one stops it completely. The reward could be
  - Rewards: For instance $1 - \text{unfilled volume fraction} - (10 \times \text{overfilled volume fraction})$. It peaks when the bottle is exactly full and drops for every drop of overflow. Spilled water can never be taken back, so an overflow penalty sticks forever and discourages it, while getting ever closer to full without spilling always pays.
- Example Task 2: Robot Vacuum
  
  - Task Description: A wheeled, battery-driven vacuum robot cleans the floor of a room and must choose its route before it has to head back to its dock to recharge. To keep things simple it only drives straight ahead and can stop and rotate on the spot to face N, S, E or W.
  - State space: A basic robot that senses only its battery level in percent, how much dirt it is picking up at the moment, and whether the way ahead is free in each of the 4 directions.
  - Action space: Move ahead, stay put, or rotate to face another direction.
  - Rewards: Above all the robot must never run flat away from its dock, yet it should pick up as much dirt as it can while the battery lasts. A per-step reward of $+1 \times \text{material collected} -1 \times \text{missing charge percentage}$ would do, with the weights scaled to the dirt units so that hiding in the dock forever is not the best way to dodge penalties.
- Example Task 3: Automatic Rifle Aiming
  
  - Task Description: A mount points a rifle at a chosen angle and can pull the trigger to fire. The goal is to land each shot as near the bullseye as possible, outdoors with wind, and with the target set up at some fixed but arbitrary range.
  - State space: The rifle's vertical and horizontal offset angles from the line joining its pivot to the target centre, plus a wind sensor reporting wind direction and speed and a rangefinder reporting target distance.
  - Action space: Set each of the two angles in a finite number of fine increments; when no angle is being changed, choose between firing and holding.
  - Rewards: A big payoff the closer the bullet lands to the centre, and an unboundedly negative one for missing by too much, e.g. $r = \frac{1}{\max(0,\text{max distance} - \text{distance to bullseye})}+\frac{1}{\text{distance to bullseye}}$
"""

# ╔═╡ c5abf826-9ce8-4319-a2e5-6cf7fcc61400
md"""
> ### *Exercise 3.2*
> Is the MDP framework adequate to usefully represent *all* goal-directed learning tasks? Can you think of any clear exceptions?

Suppose future rewards hinge on what happened long ago, yet none of that history can be packed into the present state. Then the agent cannot learn the right behaviour without keeping some memory of its own, which amounts to an internal state evolving along the trajectory, something the framework does not provide. Enlarging the environment state with the needed history would fix it, but that history is not always observable. Picture a person in the environment who secretly picks one action that triggers a large penalty whenever it is repeated: nothing in the environment records which actions were already taken, so only an agent that remembers them itself could avoid the trap.
"""

# ╔═╡ 85905a6e-1807-4b77-b313-dbadb8b898c8
md"""
> ### *Exercise 3.3*
> Consider the problem of driving. You could define the actions in terms of the accelerator, steering wheel, and brake, that is, where your body meets the machine. Or you could define them farther out—say, where the rubber meets the road, considering your actions to be tire torques. Or you could define them farther in—say, where your brain meets your body, the actions being muscle twitches to control your limbs. Or you could go to a really high level and say that your actions are your choices of *where* to drive. What is the right level, the right place to draw the line between agent and environment? On what basis is one location of the line to be preferred over another? Is there any fundamental reason for preferring one location over another, or is it a free choice?

A car already contains machinery that turns pedal and wheel positions into forces at the tyres. If the agent were asked to command wheel torque directly, it would still have to act through the pedals and wheel and rely on some further learned or hand-built mapping to realise those torques. Choosing the action space that sits closest to what can really be manipulated leaves the least room for intended actions being carried out wrongly. If a working navigation system were already on board and the task were picking good routes between many places, actions phrased as *where* to drive could make sense. If the car only offers basic controls such as pedals and a wheel, those remain the natural action space even for a harder overall task; the agent may end up learning an intermediate skill like getting to a given city, but listing that as an action would give it no concrete way to perform it. For a human driver, actions like pressing the accelerator by some amount fit well, because people already know how to do that; asking an agent to drive a person's muscles with electrical pulses directly would add a needless layer of difficulty.
"""

# ╔═╡ 090c50ed-6772-457a-afbb-cf2cde0e2ec4
md"""
> ### *Exercise 3.4*
> Give a table analogous to that in Example 3.3 but for $p(s',r|s,a)$. It should have columns for $$s, \space a, \space s', \space r$$ and $$p(s',r|s,a)$$, and a row for every 4-tuple for which $p(s',r|s,a)>0$

Every arrow of the transition graph becomes one row:

| $s$ | $a$ | $s'$ | $r$ | $p(s',r \vert s,a)$ |
| --- | --- | --- | --- | --- |
| high | search | high | $r_{search}$ | $\alpha$ |
| high | search | low | $r_{search}$ | $1-\alpha$ |
| low | search | low | $r_{search}$ | $\beta$ |
| low | search | high | -3  | $1-\beta$ |
| high | wait | high | $r_{wait}$ | 1   |
| low | wait | low | $r_{wait}$ | 1   |
| low | recharge | high | 0   | 1   |
"""

# ╔═╡ 768833aa-ceee-4fe8-958f-c00b778ec764
md"""
## 3.3 Returns and Episodes

> ### *Exercise 3.5*
> The equations in Section 3.1 are for the continuing case and need to be modified (very slightly) to apply to episodic tasks. Show that you know the modifications needed by giving the modified version of (3.3).

Equation (3.3) from Section 3.1 reads:

$\sum_{s' \in \mathcal{S}}\sum_{r \in \mathcal{R}}p(s',r|s,a)=1, \text{ for all } s\in\mathcal{S},a\in\mathcal{A}(s)$

Episodic tasks add a terminal state that is not in $\mathcal{S}$, and together with all the other states it forms $\mathcal{S}^+$. Equation (3.3) keeps its form as long as the sum also runs over the terminal state, which must be reachable with nonzero probability. The episodic version is therefore:

$\sum_{s^ \prime \in \mathcal{S}^+}\sum_{r \in \mathcal{R}}p(s^ \prime,r|s,a)=1, \text{ for all } s\in\mathcal{S},a\in\mathcal{A}(s)$

"""

# ╔═╡ 9ce34899-c8d0-428f-a3d3-91f0bf37198e
md"""
> ### *Exercise 3.6*
> Suppose you treated pole-balancing as an episodic task but also used discounting, with all rewards zero except for -1 upon failure. What then would the return be at each time? How does this return differ from that in the discounted, continuing formulation of this task?

At every step the return is $G_t=-\gamma^{T-t-1}$, with T the length of the episode. Treated as a continuing task, the pole falls again and again, at times $T_i$. At a given time t only failures still ahead count towards the return: $G_t=\sum_{T_i >t}-\gamma^{T_i-t-1}$
"""

# ╔═╡ 9a3d9a79-e44a-40e5-b7bb-947f3327c598
md"""
> ### *Exercise 3.7* 
> Imagine you are designing a robot to run a maze. You decide to give it a reward of +1 for escaping the maze and a reward of zero at all other times. The task seems to break down naturally into episodes-the successive runs through the maze-so you decide to treat it as an episodic task, where the goal is to maximize the expected total reward (3.7). After running the learning agent for a while you find that it is showing no improvement in escaping from the maze. What is going wrong? Have you effectively communicated to the agent what you want it to achieve?

Equation 3.7 has no discounting at all. If the maze is easy enough that any agent eventually gets out, each one collects exactly 1. Escaping quickly earns no more than escaping slowly, so nothing in the reward favours speed: practically every agent counts as equally good, except one that never moves or keeps walking into the same wall.
"""

# ╔═╡ Cell order:
# ╟─17f36458-139b-4f8b-aba9-d0dd586dd82c
# ╟─c5abf826-9ce8-4319-a2e5-6cf7fcc61400
# ╟─85905a6e-1807-4b77-b313-dbadb8b898c8
# ╟─090c50ed-6772-457a-afbb-cf2cde0e2ec4
# ╟─768833aa-ceee-4fe8-958f-c00b778ec764
# ╟─9ce34899-c8d0-428f-a3d3-91f0bf37198e
# ╟─9a3d9a79-e44a-40e5-b7bb-947f3327c598
# ╠═86d53794-2251-47d5-a45e-f1da53cd8ef5
