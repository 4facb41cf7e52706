package main

import (
	"bytes"
	"fmt"
)

// Give a code fragment printing the transpose (rows swapped with columns) of
// a two-dimensional array that has M rows and N columns.

type Board [][]int

func (b Board) String() string {
	output := bytes.Buffer{}
	for y := 0; y < len(b); y++ {
		for x := 0; x < len(b[0]); x++ {
			output.WriteString(fmt.Sprintf("%d ", b[y][x]))
		}
		output.WriteByte('\n')

	}
	output.WriteString("\n\n")

	for x := 0; x < len(b[0]); x++ {
		for y := 0; y < len(b); y++ {
			output.WriteString(fmt.Sprintf("%d ", b[y][x]))
		}
		output.WriteByte('\n')

	}
	return output.String()
}
