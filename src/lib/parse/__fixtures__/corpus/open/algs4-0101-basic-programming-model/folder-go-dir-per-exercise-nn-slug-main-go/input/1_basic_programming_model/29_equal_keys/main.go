package main

import (
	"sort"
)

// 1.1.29 Equal keys. Give BinarySearch a static method rank() taking a key
// and a sorted int array (possibly with repeated values) and giving back
// how many elements are below the key, plus a companion
// method count() giving how many elements match the key. Note : when
// rank(key, a) returns i and count(key, a) returns j,
// the entries a[i..i+j-1] are exactly the array values that equal
// key.

type BinarySearch struct {
	lst []int
}

func NewBinarySearch(lst []int) BinarySearch {
	sort.Ints(lst)
	return BinarySearch{lst: lst}

}

// Search returns the index of the element being searched
func (b BinarySearch) Search(n int) int {
	lo, hi := 0, len(b.lst)-1

	for lo <= hi {
		mid := lo + (hi-lo)/2
		switch {
		case n > b.lst[mid]:
			lo = mid + 1
		case n < b.lst[mid]:
			hi = mid - 1
		default:
			return mid
		}
	}

	return -1
}

// SmallerThan returns the number of elements that are smaller than the key
func (b BinarySearch) SmallerThan(n int) int {
	i := b.Search(n)
	if i == -1 {
		return i
	}

	min, _ := b.minHi(i)
	return min
}

// Count returns the number of elements equal to the key
func (b BinarySearch) Count(n int) int {
	i := b.Search(n)
	if i == -1 {
		return i
	}

	min, hi := b.minHi(i)
	return hi - min + 1
}

// minHi returns the "lo" and "hi" indexes of all the elements of equal value on lst[idx]
func (b BinarySearch) minHi(idx int) (lo int, hi int) {
	lo, hi = idx, idx
	for lo > 1 && b.lst[lo-1] == b.lst[idx] {
		lo--
	}

	for hi < len(b.lst)-1 && b.lst[hi+1] == b.lst[hi] {
		hi++
	}

	return lo, hi
}
