package main

// 1.1.20 Give a recursive static method whose result is the value of: ln(N!)

// factorial 5: 5 * 4 * 3 * 2 * 1

func lnFactorial(n int) int {
	return 0
}

func factorial(n float64) float64 {
	if n == 1 {
		return n
	}

	return factorial(n-1) * n
}
