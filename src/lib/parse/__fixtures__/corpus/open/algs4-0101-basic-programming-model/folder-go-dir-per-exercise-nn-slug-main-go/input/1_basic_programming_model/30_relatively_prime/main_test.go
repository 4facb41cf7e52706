package main

import (
	"fmt"
	"testing"
)

func TestRelativePrime(t *testing.T) {
	table := NewTable(10)
	fmt.Println(table)

}
