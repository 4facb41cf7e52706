import torch

# 1.说明矩阵A转置两次之后还是A本身
A = torch.randn(4, 3)
X = A.t().t()
print(torch.allclose(X, A))  # 输出True，两次转置回到原矩阵

# 2.任取两个同形矩阵A和B，验证先转置再相加与先相加再转置结果一样
B = torch.randn(4, 3)
left = A.t() + B.t()
right = (A + B).t()
print(torch.allclose(left, right))  # 输出True，两边逐元素相等

# 3.对任意方阵A，A加上A的转置一定对称吗?理由?
A = torch.randn(5, 5)
S = A + A.t()
print(torch.allclose(S, S.t()))  # 输出True，S转置后不变

# 4.本节里形状为(2,3,4)的张量X，len(X)给出多少？
X = torch.zeros(2, 3, 4)
print(len(X))       # 得到2，也就是第一维的大小
print(X.shape[0])   # 同样是2

# 5.不管张量X是什么形状,len(X)是不是都等于某一个轴的长度?是哪一个轴?
X = torch.zeros(6, 2, 9)
print(len(X), X.shape[0])  # 6 6 永远是最前面那个轴（轴0）

# 6.执行A/A.sum(axis=1)会怎样？说说为什么？
A = torch.arange(15, dtype=torch.float32).reshape(5, 3)
try:
    print(A / A.sum(dim=1))
except Exception as e:
    print("Error:", e)
# 出错的缘由：
# A 的形状是 (5,3)
# A.sum(dim=1) 的形状变成 (5,)
# 广播从最后一维往前对：(5,3) 对上 (5,) 相当于拿 (5,3) 去配 (1,5)，末尾的 3 和 5 不一致 → 抛出异常。
# 改正后的写法：
row_sum = A.sum(dim=1, keepdim=True)  # (5,1)
print(row_sum.shape)                 # torch.Size([5, 1])
print(A / row_sum)                   # 每一行各自除以本行之和

# 7.形状(2,3,4)的张量分别沿轴0、1、2求和，得到的形状各是什么?
X = torch.zeros(2, 3, 4)

print(X.sum(dim=0).shape)  # (3,4)
print(X.sum(dim=1).shape)  # (2,4)
print(X.sum(dim=2).shape)  # (2,3)

# 8.把三个轴以上的张量交给linalg.norm，看看输出。对任意形状它算出来的是什么?
X = torch.arange(2*3*4, dtype=torch.float32).reshape(2, 3, 4)

# 三个轴全部参与 -> 结果是一个标量
# 三个轴一起求 norm：等于把所有元素拉平成一条长向量，取默认的 2-范数（平方加总再开方）。
# 三个以上的轴直接写进dim会报错
n_all = torch.linalg.norm(X.reshape(-1), ord=2)  # 也可写 X.flatten()
print(n_all)

# 只对 (1,2) 两个轴求 -> 轴0上每个切片各得一个数，形状 (2,)
n_12 = torch.linalg.norm(X, ord=2, dim=(1, 2))
print(n_12, n_12.shape)    # torch.Size([2])
