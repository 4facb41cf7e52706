# 홍길동 씨 세 과목 점수의 평균
# 국어:80, 영어:75, 수학:55

total = 80 + 75 + 55
avg = total / 3
print(avg)