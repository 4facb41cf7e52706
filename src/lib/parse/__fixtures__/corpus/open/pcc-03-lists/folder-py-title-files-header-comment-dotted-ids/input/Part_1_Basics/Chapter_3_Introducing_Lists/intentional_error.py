# Python Crash Course: A Hands-On, Project-Based Introduction To Programming
#
# Name: Mark Lester Apuya
# Date: 05/21/2021
#
# Chapter 3: Introducing Lists
#
# Exercise 3.11 Intentional  Error:
#   If none of your programs has hit an index error yet, cause one on 
# purpose. Alter an index in one of your programs so that it raises an index 
# error. Be sure to fix it again before clos- ing the program.