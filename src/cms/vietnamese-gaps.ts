/**
 * Vietnamese for the interface strings Sveltia 0.221's own vi.json lacks (it falls back to
 * English), limited to what a press officer meets: the token note when review is on, a story
 * changed by someone else, folders and files of the media library, the slug, relations. Merged
 * into the vi.json served under /admin/ only where Sveltia has no translation, so a later
 * Sveltia that translates a key wins. Configuration errors, read by the technician, stay English.
 * Keys are dotted paths into the file; MessageFormat 2 syntax as in Sveltia's own files.
 */
export const VIETNAMESE_GAPS: Record<string, string> = {
  sign_in_using_access_token_workflow_note:
    'Vì trang dùng quy trình duyệt bài, mã này cũng phải có quyền đọc/ghi yêu cầu hợp nhất (pull requests).',
  select_item: 'Chọn {$name}',
  folders: 'Thư mục',
  more_folders: 'Thư mục khác',
  file_unavailable: 'Không mở được',
  file_unavailable_description: 'Không tải được tệp này. Có thể tệp đã bị chuyển đi hoặc bị xóa.',
  back_to_parent_folder: 'Về thư mục cha',
  new_folder: 'Thư mục mới',
  new_folder_name: 'Tên thư mục',
  new_folder_create: 'Tạo',
  new_folder_description: 'Thư mục mới sẽ được tạo trong “{$folder}”.',
  'new_folder_error.empty': 'Tên thư mục không được để trống.',
  'new_folder_error.invalid': 'Tên thư mục không được chứa dấu gạch chéo hoặc bắt đầu bằng dấu chấm.',
  'new_folder_error.duplicate': 'Ở đây đã có một thư mục hoặc tệp cùng tên.',
  creating_folder: 'Đang tạo thư mục…',
  creating_folder_failed: 'Không tạo được thư mục.',
  folder_created: 'Đã tạo thư mục.',
  folder_path: 'Đường dẫn thư mục',
  folder_contents: 'Nội dung',
  replace_file: 'Thay tệp',
  replace_image: 'Thay ảnh',
  remove_file: 'Bỏ tệp',
  remove_image: 'Bỏ ảnh',
  show_errors: 'Xem lỗi',
  list_item_options: 'Tùy chọn của mục',
  'entry_sidebar.slug.title': 'Tên tệp (slug)',
  'entry_sidebar.slug.generated_on_save':
    'Tên tệp được tạo từ nội dung bài khi lưu; ngày giờ trong tên là ngày giờ lưu.',
  'entry_sidebar.slug.unavailable': 'Bài này không có tên tệp.',
  'save_conflict.title': 'Bài đã được người khác sửa',
  'save_conflict.modified_by': '{$name} đã sửa bài này lúc {$date}, sau khi bạn mở nó.',
  'save_conflict.modified': 'Bài này đã được sửa trong kho sau khi bạn mở nó.',
  'save_conflict.deleted': 'Bài này đã bị xóa khỏi kho sau khi bạn mở nó.',
  'save_conflict.overwrite_warning': 'Nếu lưu bây giờ, những thay đổi của người kia sẽ mất.',
  'save_conflict.recreate_warning': 'Nếu lưu bây giờ, bài sẽ được tạo lại.',
  'save_conflict.save_anyway': 'Vẫn lưu',
  'save_conflict.branch_moved': 'Trong lúc lưu, kho vừa được người khác cập nhật. Hãy thử lại.',
  'remote_change.reload_entry': 'Tải lại bài',
  'remote_change.confirm_reloading_entry': 'Bạn có chắc muốn tải lại bài? Những thay đổi chưa lưu của bạn sẽ mất.',
  'relation_field.save_together_hint': '{$name} mới sẽ được lưu cùng với bài bạn đang sửa.',
  'relation_field.add_failed': 'Không thêm được {$name}.',
  'status.deploying': 'Đang đăng',
  'workflow.deploying_deletion': 'Đang xóa',
};

/** Sveltia's vi.json with the gaps filled (never replacing one of its own strings). */
export function fillVietnameseGaps(json: string): string {
  const strings = JSON.parse(json) as Record<string, unknown>;
  for (const [path, text] of Object.entries(VIETNAMESE_GAPS)) {
    const keys = path.split('.');
    let node = strings;
    for (const key of keys.slice(0, -1)) {
      if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
      node = node[key] as Record<string, unknown>;
    }
    const last = keys.at(-1) ?? '';
    if (node[last] === undefined) node[last] = text;
  }
  return JSON.stringify(strings);
}
