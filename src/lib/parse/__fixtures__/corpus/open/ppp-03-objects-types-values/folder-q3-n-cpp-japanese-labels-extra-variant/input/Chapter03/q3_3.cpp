// コンパイルが通らない例

int main(){
	int double = 0;	// ここで止まる
}