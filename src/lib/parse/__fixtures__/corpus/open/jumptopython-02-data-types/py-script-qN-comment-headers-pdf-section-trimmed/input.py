# 연습문제2.pdf

# Q1. 홍길동 씨 점수 평균 내기
marks = [80, 75, 55]
print(sum(marks)/len(marks))

# Q2. 자연수 13이 홀수인지 짝수인지 알아내는 방법을 말해 보자
# 13을 2로 나눈 나머지를 % 연산자로 구해서, 나머지가 있으면 홀수, 0이면 짝수로 본다.
n = 13
kind = "짝수" if n % 2 == 0 else "홀수"

# Q3. 홍길동 씨 주민번호를 둘로 나눠 출력하기
pin = "881120-1068234"
front = pin[:6]
back = pin[-7:]
print(front)
print(back)

# Q4. 주민등록번호에서 성별 숫자만 출력하기
pin = "881120-1068234"
print(pin[7])

# Q5. replace 함수로 문자열 바꿔서 출력하기
s = "a:b:c:d"
t = s.replace(":", "#")
print(t)

# Q6. 리스트 원소를 역순으로 정렬해 출력하기
nums = [1, 3, 5, 4, 2]
nums.sort()
nums.reverse()
print(nums)

# Q7. 리스트 원소들을 하나의 문자열로 합쳐 출력하기
words = ["Life", "is", "too", "short"]
joined = ' '.join(words)
print(joined)

# Q8. 튜플 뒤에 값 붙이기
t = (1, 2, 3)
t += (4,)
print(t)

# Q9. 객관식 - 딕셔너리
# 3번. 리스트는 딕셔너리의 key로 쓸 수 없다.

# Q10. 딕셔너리에서 값 꺼내기
a = {'A':90, 'B':80, 'C':70}
b_score = a.get('B')
print(b_score)

# Q11. 리스트에서 중복 없애기
a = [1, 1, 1, 2, 2, 3, 3, 3, 4, 4, 5]
uniq = set(a)
b = list(uniq)
print(b)

# Q12. 한 줄에 변수 여럿을 선언하는 문제
# b 리스트 값도 함께 바뀐다.
# 파이썬 변수는 모두 객체를 가리키는 참조라서, 한 번에 선언한 변수들은
# 같은 객체 주소를 나눠 갖기 때문이다.
