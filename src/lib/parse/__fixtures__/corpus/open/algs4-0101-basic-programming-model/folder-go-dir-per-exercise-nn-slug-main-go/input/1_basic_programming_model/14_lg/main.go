package main

// Build a static method lg() taking an int N and giving back the biggest int
// that does not exceed the base-2 logarithm of N. Math is off limits.

// n=10,  result=3
// n=100, result=6

func Lg(n int) int {
	x := 0
	for n-(1<<x) >= 0 {
		x++
	}

	return x - 1
}
