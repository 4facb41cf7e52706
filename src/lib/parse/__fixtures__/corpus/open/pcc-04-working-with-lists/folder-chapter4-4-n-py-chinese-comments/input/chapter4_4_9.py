# 使用列表解析生成一个列表
cubes = [value ** 3 for value in range(1, 11)]
print(cubes)