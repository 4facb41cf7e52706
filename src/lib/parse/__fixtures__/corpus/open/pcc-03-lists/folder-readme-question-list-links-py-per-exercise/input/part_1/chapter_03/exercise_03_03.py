# Exercise 3-3

cars = ["viper", "bugatti", "ferrari", "mercedes"]
print(f"My favorite car is {cars[3].title()}.")
print(f"Although, when i was a kid, i used to like {cars[0].title()} the "
      f"most.")