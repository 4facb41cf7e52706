import java.util.Scanner;

/*

         Exercise:  2.28
         Filename:  Circle.java
		 
      Description:  Read a circle's radius from the user as an integer
                    and print its diameter, circumference and 
                    area, taking 3.14159 as the value of π.

           Author:  Eng.Fady Fawzy
          Version:  1.0

          Created:  20/8/2016
    Latest Update:  
         Revision:  20/8/2016

*/

public class Circle 
{
    public static void main( String[] args )
    {
        // Scanner that reads what the user types
        Scanner input = new Scanner ( System.in );
        
        System.out.println( "Welcome to Circle program" ); // greeting
        System.out.print( "Please, Enter the radius of a circle ( as integer ) : " ); // ask the user
        int r = input.nextInt(); // take the radius
        
        System.out.printf( "Circle's diameter = %d \n", 2 * r ); // show diameter
        System.out.printf( "Circle's circumference = %f\n", 2 * Math.PI * r ); // show circumference
        System.out.printf( "Circle's area = %f\n", Math.PI * r * r ); // show area
        System.out.println( "Thank You" );
        
    } // main ends here
} // class Circle ends