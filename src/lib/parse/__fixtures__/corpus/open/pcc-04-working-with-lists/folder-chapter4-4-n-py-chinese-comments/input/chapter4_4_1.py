# 创建列表
pizzas = ['Seafood pizza', 'Sausage pizza', 'Cheese pizza', 'Beef pizza', 'Corn pizza', 'Chicken pizza']
for pizza in pizzas:
    print(f"I like {pizza.lower()}.\n")

print("I really love pizzas!")