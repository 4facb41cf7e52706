# Exercise 3-2

names = ["maria", "michalis", "vasiliki", "giorgos", "dimitris"]

print(f"I have a friendship with a person called {names[0].title()}!")
print(f"I have a friendship with a person called {names[1].title()}!")
print(f"I have a friendship with a person called {names[2].title()}!")
print(f"I have a friendship with a person called {names[3].title()}!")
print(f"I have a friendship with a person called {names[4].title()}!")