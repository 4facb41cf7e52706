/*

         Exercise:  2.18
         Filename:  DisplayingShapes.java
		 
      Description:  Print a box, an oval, an arrow and a diamond
                    drawn with asterisks (*)

           Author:  Eng.Fady Fawzy
          Version:  1.0

          Created:  11/8/2016
    Latest Update:  
         Revision:  30/8/2016

*/

public class DisplayingShapes
{
	public static void main( String[] args )
	{
		System.out.println( "*********     ***       *        *" );
		System.out.println( "*       *   *     *    ***      * *" );
		System.out.println( "*       *  *       *  *****    *   *" );
		System.out.println( "*       *  *       *    *     *     *" );
		System.out.println( "*       *  *       *    *    *       *" );
		System.out.println( "*       *  *       *    *     *     *" );
		System.out.println( "*       *  *       *    *      *   *" );
		System.out.println( "*       *   *     *     *       * *" );
		System.out.println( "*********     ***       *        *" );
	}
}