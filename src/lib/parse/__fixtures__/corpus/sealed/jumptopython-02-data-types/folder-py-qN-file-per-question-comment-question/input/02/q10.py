# 딕셔너리 a에서 키 'B'의 값을 꺼내 보자.

a = {'A':90, 'B':80, 'C':70}
# ※ 딕셔너리 pop 함수를 이용한다.

value_b = a.pop('B')

print(value_b)