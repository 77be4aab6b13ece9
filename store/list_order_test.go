package store

import (
	"context"
	"slices"
	"testing"

	"guanxi/model"
)

// TestEachInOrderAcrossChunks: customers read a few at a time come in the order of the ids asked,
// whatever the order of the table, across the ends of the chunks.
func TestEachInOrderAcrossChunks(t *testing.T) {
	s := openTemp(t)
	var ids []int64
	for _, name := range []string{"甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"} {
		ids = append(ids, addCustomer(t, s, model.Customer{Name: name, Level: model.LevelNew}).ID)
	}
	order := []int64{ids[7], ids[2], ids[9], ids[0], ids[5], ids[1], ids[8], ids[3], ids[6], ids[4]}
	for _, size := range []int{1, 3, 4, 10, 100} {
		var got []int64
		err := eachInOrder(context.Background(), s.db, order, size, listColumns, scanListRow, func(c *model.Customer) error {
			got = append(got, c.ID)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got, order) {
			t.Errorf("chunks of %d: got %v, want %v", size, got, order)
		}
	}
}
