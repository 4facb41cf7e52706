### A Pluto.jl notebook ###
# v0.19.46

using Markdown

# ╔═╡ 86d53794-2251-47d5-a45e-f1da53cd8ef5
# ╠═╡ skip_as_script = true
#=╠═╡
using PlutoUI
  ╠═╡ =#

# ╔═╡ 17f36458-139b-4f8b-aba9-d0dd586dd82c
md"""
> ### *Exercise 3.1*
> Devise three example tasks of your own.

A robot, a thermostat, a trader.
"""

# ╔═╡ c5abf826-9ce8-4319-a2e5-6cf7fcc61400
md"""
> ### *Exercise 3.2*
> Is the framework adequate for all tasks?

No: goals that cannot be put as one number.
"""

# ╔═╡ 9a3d9a79-e44a-40e5-b7bb-947f3327c598
returns = [1, 2, 3]

# ╔═╡ Cell order:
# ╟─17f36458-139b-4f8b-aba9-d0dd586dd82c
# ╠═9a3d9a79-e44a-40e5-b7bb-947f3327c598
