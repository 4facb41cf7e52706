# 02 연습문제
# Q1. 평균을 내 보자
kor = 80
eng = 75
math = 55
avg = (kor + eng + math) / 3
print(avg)
print()

# Q2. 13이 홀수인지 짝수인지 가려내는 방법
n = 13
print(n % 2)
print()

# Q3. 홍길동 씨 주민등록번호가 881120-1068234라고 하자. 이 번호를 생년월일(YYYYMMDD) 부분과 뒤쪽 숫자 부분으로 나눠서 출력해 보자.
jumin = "881120-1068234"
front = jumin[:6]
back = jumin[7:]
print(front)
print(back)
print()

# Q4. 주민등록번호 뒷자리의 첫 숫자는 성별을 뜻한다. 주민등록번호에서 그 성별 숫자를 출력해 보자.
code = "881120-1068234"
print(code[7])
print()

# Q5. a:b:c:d 라는 문자열이 있다고 하자. 문자열 replace 함수를 써서 a#b#c#d 로 바꿔 출력해 보자.
s = "a:b:c:d"
r = s.replace(":", "#")
print(r)
print()

# Q6. 리스트 [1, 3, 5, 4, 2]를 [5, 4, 3, 2, 1]로 바꿔 보자.
nums = [1, 3, 5, 4, 2]
nums.sort()
nums.reverse()
print(nums)
print()

# Q7. 리스트 ['Life', 'is', 'too', 'short']를 Life is too short 라는 문자열로 바꿔 출력해 보자.
w = ["Life", "is", "too", "short"]
line = " ".join(w)
print(line)
print()

# Q8. 튜플 (1,2,3)에 4를 더해 (1,2,3,4)를 만들고 출력해 보자.
tup = (1, 2, 3)
tup += (4,)
print(tup)
print()

# Q9. 아래 보기 가운데 오류가 나는 것을 고르고, 왜 그런지 설명해 보자.
d = dict()
print(d)
d["name"] = "python"
d[("a",)] = "python"
# d[[1]] = "python" --> 바뀔 수 있는 리스트를 key로 쓰려 해서 에러가 난다
d[250] = "python"
print(d)
print()

# Q10. 딕셔너리 a에서 키 'B'의 값을 뽑아 보자.
d = {"A": 90, "B": 80, "C": 70}
print(d.pop("B"))
print(d)
print()

# Q11. 리스트 a에서 겹치는 숫자를 없애 보자.
nums = [1, 1, 1, 2, 2, 3, 3, 3, 4, 4, 5]
nums = list(set(nums))
print(nums)
print()

# Q12. 파이썬에서는 한 값에 변수를 여러 개 한꺼번에 만들 수 있다. 아래처럼 a, b를 만든 다음 a의 두 번째 요소를 바꾸면 b는 어떻게 될까? 또 왜 그렇게 되는지 설명해 보자.
a = b = [1, 2, 3]
a[1] = 4
print(b)
# a와 b가 똑같은 리스트 객체 하나를 가리키고 있어서 a를 바꾸면 b에서도 바뀐 값이 보인다.
