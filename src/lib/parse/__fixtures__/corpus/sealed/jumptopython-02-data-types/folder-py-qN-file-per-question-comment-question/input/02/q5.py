# a:b:c:d 라는 문자열이 있다고 하자. 
# 문자열 replace 함수로 a#b#c#d 처럼 바꿔 출력해 보자.

s = "a:b:c:d"

print(s.replace(":","#"))



