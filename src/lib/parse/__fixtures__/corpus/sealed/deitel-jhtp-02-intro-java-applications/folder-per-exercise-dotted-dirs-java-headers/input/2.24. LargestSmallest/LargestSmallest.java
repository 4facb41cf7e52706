import java.util.Scanner;

/*

         Exercise:  2.24
         Filename:  LargestSmallest.java
		 
      Description:  Read five integers, then find and print the largest and
                    the smallest integer among them.

           Author:  Eng.Fady Fawzy
          Version:  1.1

          Created:  15/8/2016
    Latest Update:  30/8/2016
         Revision:  30/8/2016

*/

public class LargestSmallest 
{
   public static void main( String[] args )
   {
       // Scanner for reading the user's input
       Scanner input = new Scanner( System.in );
       
       int smallest; // holds the smallest value seen so far
       int largest; // Holds the largest value seen so far
       int number1, number2, number3, number4, number5; // the integers being compared
       
       System.out.println( "Welcome to my program" ); // greeting
       System.out.print( "Please, Enter first integer: " ); // ask the user
       number1 = input.nextInt(); // take integer one
       
       // first integer starts as both smallest and largest
           smallest = number1;
           largest = number1;
       
       System.out.print( "Please, Enter second integer: "); // ask the user
       number2 = input.nextInt(); // take integer two
       
       if ( smallest > number2 )
           smallest = number2;
       
       if ( largest < number2 )
           largest = number2;
       
       System.out.print( "Please, Enter third integer: "); // ask the user
       number3 = input.nextInt(); // take integer three
       
       // check third integer against largest and smallest and update vales
      if ( smallest > number3 )
           smallest = number3;
       
       if ( largest < number3 )
           largest = number3;
       
       System.out.print( "Please, Enter forth integer: "); // ask the user
       number4 = input.nextInt(); // take forth integer
       
       // check forth integer against largest and smallest and update vales
       if ( smallest > number4 )
           smallest = number4;
       
       if ( largest < number4 )
           largest = number4;
       
       System.out.print( "Please, Enter fifth integer: "); // ask the user
       number5 = input.nextInt(); // take integer five
       
       // check fifth integer against largest and smallest and update vales
       if ( smallest > number5 )
           smallest = number5;
       
       if ( largest < number5 )
           largest = number5;
       
       if ( largest > smallest )
       { 
       // show smallest and largest
           System.out.printf( "%d is the smallest integer\n", smallest );
           System.out.printf( "%d is the largest integer\n", largest );
       }
       
       // when the user gives five equal integers
       if ( largest == smallest )
       {
           System.out.println( "Integers you have entered are equal" );
           System.out.printf( "Smallest integer = Largest integer = %d\n", largest );
       }

   } // main ends here
} // class LargestSmallest ends