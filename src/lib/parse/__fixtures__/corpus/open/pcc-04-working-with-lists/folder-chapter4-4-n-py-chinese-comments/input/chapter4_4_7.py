# 创建列表
numbers = list(range(3, 31, 3))
print(numbers)

# 打印
for number in numbers:
    print(number)