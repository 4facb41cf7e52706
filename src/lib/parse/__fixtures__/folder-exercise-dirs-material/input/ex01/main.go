/* Exercise 1.1: Print the name of the command too.
*/

package main

func main() { println(os.Args[0]) }
