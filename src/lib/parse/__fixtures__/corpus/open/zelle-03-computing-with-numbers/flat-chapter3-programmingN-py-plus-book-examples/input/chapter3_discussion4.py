x = 2 
y = 10
for j in range(0, y, x): 
	print(j, end="")
	print (x + y) 
print ("done")

ans = 0
for i in range(1, 11):
	ans = ans + i * i
	print (i) 
print (ans)