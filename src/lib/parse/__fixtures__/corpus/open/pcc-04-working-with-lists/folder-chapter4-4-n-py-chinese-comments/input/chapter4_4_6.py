# 创建列表
numbers = list(range(1, 21, 2))
print(numbers)

# 打印
for number in numbers:
    print(number)