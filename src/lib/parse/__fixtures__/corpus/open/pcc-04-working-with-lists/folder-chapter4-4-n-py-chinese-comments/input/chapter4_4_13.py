# 创建元组
foods = ("California Beef Noodle", "Pork stew noodles", "Catfish Grilled Eggplant", "Sichuan Mala Tang", "Cabbage stewed potatoes")

# 打印食品
for food in foods:
    print(food)

print("\n重新赋值后：\n")

# 赋值
foods = ("Spicy strips", "sausage", "Catfish Grilled Eggplant", "Sichuan Mala Tang", "Cabbage stewed potatoes")

# 打印食品
for food in foods:
    print(food)
