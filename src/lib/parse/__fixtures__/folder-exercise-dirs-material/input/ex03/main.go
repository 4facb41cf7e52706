/* Exercise 1.3: Time the slow and the fast versions.
*/

package main

func main() {}
